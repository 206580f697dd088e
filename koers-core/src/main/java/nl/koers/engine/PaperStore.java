package nl.koers.engine;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.koers.index.IngestResult;
import nl.koers.pipeline.PaperProcessor;

/**
 * The write side of an index: files in, papers stored. Reading a file into a {@link
 * nl.koers.document.Document} is shared ({@link PaperProcessor}); only storing it is the engine's.
 * Ingest is idempotent (the same bytes are "unchanged") and never throws on a bad file; what {@link
 * #commit()} returned for is durable. Not thread-safe.
 */
public interface PaperStore extends Closeable {
  /** Reads, annotates and stores one file. */
  IngestResult ingest(Path file, PaperProcessor processor) throws IOException;

  /** Stores bytes from {@code source}; the same bytes again are reported unchanged. */
  default IngestResult ingest(String source, byte[] bytes, PaperProcessor processor)
      throws IOException {
    return ingest(source, bytes, processor, Map.of());
  }

  /** Stores bytes with metadata found beside the file ({@link nl.koers.pipeline.Sidecar}). */
  IngestResult ingest(
      String source, byte[] bytes, PaperProcessor processor, Map<String, String> sidecar)
      throws IOException;

  /** Makes everything ingested so far durable and visible to searches. */
  void commit() throws IOException;
}
