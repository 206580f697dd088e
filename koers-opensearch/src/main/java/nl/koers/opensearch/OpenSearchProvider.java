package nl.koers.opensearch;

import java.io.IOException;
import nl.koers.engine.EngineConfig;
import nl.koers.engine.EngineProvider;
import nl.koers.engine.PaperEngine;
import nl.koers.engine.PaperStore;

/** The {@code opensearch} backend: papers in an index of an OpenSearch cluster. */
public final class OpenSearchProvider implements EngineProvider {
  @Override
  public String name() {
    return "opensearch";
  }

  @Override
  public PaperEngine open(EngineConfig config) throws IOException {
    Cluster cluster = new Cluster(config);
    try {
      return new OpenSearchEngine(cluster, config);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  @Override
  public PaperStore openForWriting(EngineConfig config) throws IOException {
    Cluster cluster = new Cluster(config);
    try {
      return new OpenSearchStore(cluster, config);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }
}
