/**
 * Fetches papers and records from the public sources, incrementally and resumably: the Tweede
 * Kamer's open data (OData v4 documents with their files, SyncFeed records) and
 * officielebekendmakingen (KOOP SRU 2.0 search, each hit's XML with its {@code metadata.xml}).
 *
 * <p>Enters: {@link nl.koers.sync.SyncOptions} (scope, endpoints, politeness) and a data folder.
 * Leaves: files under {@code DATA/sync/files/}, ingested into the index through {@link
 * nl.koers.index.PaperIndex#ingest}; records in the {@link nl.koers.tk.TkStore}; what was fetched
 * in {@code DATA/sync/state.json}; a {@link nl.koers.sync.SyncReport}. Every file is downloaded
 * completely to a temporary file and checked before it is stored and ingested, so a failed or
 * killed sync never leaves half a paper; a rerun asks only for what changed.
 */
package nl.koers.sync;
