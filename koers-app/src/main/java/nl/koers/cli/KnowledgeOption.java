package nl.koers.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.annotate.AnnotatorRegistry;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.annotate.topic.Taxonomy;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.read.ReaderRegistry;
import nl.koers.segment.SentenceSplitter;
import picocli.CommandLine.Option;

/**
 * {@code --gazetteer FILE} and {@code --taxonomy FILE}: a user's own entities and topics. Files
 * given at ingest are kept in the data folder ({@code gazetteer/*.tsv}, {@code topics.tsv}) so that
 * later commands resolve the same names.
 */
final class KnowledgeOption {
  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description = "extra entities (TSV, see docs/data-files.md); repeatable")
  List<Path> gazetteers = new ArrayList<>();

  @Option(
      names = "--taxonomy",
      paramLabel = "FILE",
      description = "a topic taxonomy replacing the built-in one (TSV, see docs/data-files.md)")
  Path taxonomy;

  /** The built-in gazetteer plus the data folder's and the given files. */
  Gazetteer gazetteer(Path dataDir) throws IOException {
    Gazetteer g = Gazetteer.standard();
    for (Path f : saved(dataDir)) {
      g = g.with(f);
    }
    for (Path f : gazetteers) {
      g = g.with(f);
    }
    return g;
  }

  Taxonomy taxonomy(Path dataDir) {
    if (taxonomy != null) {
      return Taxonomy.of(taxonomy);
    }
    Path kept = dataDir == null ? null : dataDir.resolve("topics.tsv");
    return kept != null && Files.isRegularFile(kept) ? Taxonomy.of(kept) : Taxonomy.standard();
  }

  PaperProcessor processor(Path dataDir) throws IOException {
    return processor(dataDir, nl.koers.read.ReadLimits.DEFAULT);
  }

  PaperProcessor processor(Path dataDir, nl.koers.read.ReadLimits limits) throws IOException {
    return new PaperProcessor(
        ReaderRegistry.standard(limits),
        SentenceSplitter.dutch(),
        AnnotatorRegistry.standard(gazetteer(dataDir), taxonomy(dataDir)).pipeline(),
        limits.maxBytes(),
        limits.maxChars());
  }

  /** Keeps the given files in the data folder for later commands. */
  void save(Path dataDir) throws IOException {
    for (Path f : gazetteers) {
      Path dir = Files.createDirectories(dataDir.resolve("gazetteer"));
      Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    if (taxonomy != null) {
      Files.createDirectories(dataDir);
      Files.copy(taxonomy, dataDir.resolve("topics.tsv"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static List<Path> saved(Path dataDir) throws IOException {
    Path dir = dataDir == null ? null : dataDir.resolve("gazetteer");
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
  }
}
