/**
 * The engine interface ({@link nl.koers.engine.PaperEngine}, {@link nl.koers.engine.PaperStore}) on
 * an OpenSearch cluster. In: papers as Koers {@link nl.koers.document.Document}s, queries as {@link
 * nl.koers.search.SearchRequest}s. Out: the same {@link nl.koers.search.SearchResults} the embedded
 * engine gives. Koers analyses the text itself and sends the terms, and sends the parsed query as
 * the same Lucene query in query DSL, so both engines score alike (docs/opensearch.md).
 */
package nl.koers.opensearch;
