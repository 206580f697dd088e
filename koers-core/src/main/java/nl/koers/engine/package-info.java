/**
 * The engine interface everything above the index talks to: {@link nl.koers.engine.PaperEngine}
 * (search, count, stream and read papers, stats) and {@link nl.koers.engine.PaperStore} (ingest,
 * commit). In: an {@link nl.koers.engine.EngineConfig} (which backend, where). Out: Koers types
 * only ({@link nl.koers.document.Document}, {@link nl.koers.search.SearchResults}) — never Lucene
 * or OpenSearch types. The embedded Lucene engine ({@link nl.koers.search.PaperSearcher}, {@link
 * nl.koers.index.PaperIndex}) is the default; other backends register an {@link
 * nl.koers.engine.EngineProvider} (module {@code koers-opensearch}).
 */
package nl.koers.engine;
