/**
 * Search: a {@link nl.koers.search.SearchRequest} in, {@link nl.koers.search.SearchResults} out.
 * BM25 over passages, grouped by paper, with filters and highlighted best passages. Returns Koers
 * types, never Lucene's.
 */
package nl.koers.search;
