package nl.koers.engine;

import java.io.IOException;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import nl.koers.index.PaperIndex;
import nl.koers.search.PaperSearcher;

/**
 * The registry of backends: the embedded Lucene engine, always there, plus every {@link
 * EngineProvider} on the class path. An unknown name is an error listing the known ones.
 */
public final class Engines {
  /** The embedded engine, the default. */
  public static final String DEFAULT = "lucene";

  private Engines() {}

  /** Opens an index for reading. */
  public static PaperEngine open(EngineConfig config) throws IOException {
    return provider(config.backend()).open(config);
  }

  /** Opens an index for writing, creating it when absent. */
  public static PaperStore openForWriting(EngineConfig config) throws IOException {
    return provider(config.backend()).openForWriting(config);
  }

  /** The provider of a backend name. */
  public static EngineProvider provider(String name) {
    Map<String, EngineProvider> all = providers();
    EngineProvider p = all.get(name);
    if (p == null) {
      throw new IllegalArgumentException(
          "unknown backend \"" + name + "\" (known: " + String.join(", ", all.keySet()) + ")");
    }
    return p;
  }

  /** Every backend by name. */
  public static Map<String, EngineProvider> providers() {
    Map<String, EngineProvider> out = new TreeMap<>();
    out.put(DEFAULT, new Lucene());
    for (EngineProvider p : ServiceLoader.load(EngineProvider.class)) {
      out.putIfAbsent(p.name(), p);
    }
    return out;
  }

  /** The embedded engine: an index folder under the data folder. */
  private static final class Lucene implements EngineProvider {
    @Override
    public String name() {
      return DEFAULT;
    }

    @Override
    public PaperEngine open(EngineConfig config) throws IOException {
      return PaperSearcher.open(config.dataDir());
    }

    @Override
    public PaperStore openForWriting(EngineConfig config) throws IOException {
      return PaperIndex.open(config.dataDir());
    }
  }
}
