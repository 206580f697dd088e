package nl.koers.engine;

import java.io.IOException;

/**
 * One backend Koers can store papers in, found by {@link Engines} through {@link
 * java.util.ServiceLoader} (a module on the class path registers itself in {@code
 * META-INF/services/nl.koers.engine.EngineProvider}).
 */
public interface EngineProvider {
  /** The name {@code --backend} selects it by ({@code lucene}, {@code opensearch}). */
  String name();

  /** Opens the index for reading. */
  PaperEngine open(EngineConfig config) throws IOException;

  /** Opens the index for writing, creating it when absent. */
  PaperStore openForWriting(EngineConfig config) throws IOException;
}
