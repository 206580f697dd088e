/**
 * Index: {@link nl.koers.document.Document}s in, a Lucene index on disk out. One entry per paper
 * (its stored JSON and metadata) and one per passage (paragraph), analysed for Dutch. Ingest is
 * idempotent and commits in batches; Lucene's commit points mean a crash never corrupts it.
 */
package nl.koers.index;
