package nl.koers.bench;

import nl.koers.engine.EngineConfig;
import nl.koers.engine.PaperEngine;
import nl.koers.engine.PaperStore;
import nl.koers.pipeline.PaperProcessor;

/**
 * Koers on another backend (an OpenSearch cluster) through the engine interface: the same pipeline
 * and the same requests as the embedded {@link Engines.Koers} row, so the two rows compare engines,
 * not work. Each run writes a new index (its name carries the start time), so ingest is measured
 * fresh; old ones are left for the operator to delete.
 */
final class ClusterEngine implements Engines.Engine {
  private final EngineConfig config;
  private PaperEngine engine;

  ClusterEngine(EngineConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "koers-" + config.backend();
  }

  @Override
  public void ingest(Iterable<CorpusGenerator.Paper> papers) throws Exception {
    PaperProcessor processor = PaperProcessor.standard();
    try (PaperStore store = nl.koers.engine.Engines.openForWriting(config)) {
      for (CorpusGenerator.Paper p : papers) {
        store.ingest(p.name(), p.bytes(), processor);
      }
    }
  }

  @Override
  public void open() throws Exception {
    engine = nl.koers.engine.Engines.open(config);
  }

  @Override
  public boolean answers(BenchQuery q) {
    return true;
  }

  @Override
  public int query(BenchQuery q) throws Exception {
    return engine.search(q.koersRequest()).totalPapers();
  }

  @Override
  public long indexBytes() {
    return -1; // held by the cluster, not on this disk
  }

  @Override
  public void close() throws Exception {
    if (engine != null) {
      engine.close();
    }
  }
}
