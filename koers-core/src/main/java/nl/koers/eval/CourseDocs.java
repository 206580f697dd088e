package nl.koers.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.koers.document.Document;
import nl.koers.document.TextSpan;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;

/**
 * The papers a course is scored on, each run through the extraction pipeline once and keyed by its
 * file name without extension ({@code kst-21501-02-2976}), with its {@code koers extract --jsonl}
 * record.
 */
public final class CourseDocs {
  /** A paper with its extraction record (as {@code koers extract --jsonl} prints it). */
  public record Paper(String name, Document document, Map<String, Object> record) {}

  /** A label's sentence in its paper. */
  public record Located(Paper paper, TextSpan sentence) {}

  private final Map<String, Paper> papers;

  public CourseDocs(Map<String, Paper> papers) {
    this.papers = new LinkedHashMap<>(papers);
  }

  /**
   * Reads every file in the folders (recursively) that the processor can read; files it skips
   * (gold.jsonl, metadata) are ignored, files that fail go to {@code unreadable}.
   */
  public static CourseDocs read(
      List<Path> folders, PaperProcessor processor, Consumer<Outcome> unreadable)
      throws IOException {
    Map<String, Paper> out = new LinkedHashMap<>();
    for (Path folder : folders) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> !f.getFileName().toString().startsWith("."))
            .filter(f -> !f.getFileName().toString().endsWith(".jsonl"))
            .sorted()
            .forEach(files::add);
      }
      for (Path f : files) {
        Outcome o = processor.process(f);
        if (o.status() == Outcome.Status.READ) {
          String name = f.getFileName().toString();
          int dot = name.lastIndexOf('.');
          String key = dot > 0 ? name.substring(0, dot) : name;
          out.put(key, new Paper(key, o.document(), ExtractionRecord.of(o.document())));
        } else if (o.status() == Outcome.Status.FAILED) {
          unreadable.accept(o);
        }
      }
    }
    return new CourseDocs(out);
  }

  public Paper paper(String name) {
    return papers.get(name);
  }

  public int size() {
    return papers.size();
  }

  /**
   * The label's sentence, or null when its paper is not among the docs or its anchor is not in the
   * paper's text; {@link #whyBroken} says which.
   */
  public Located locate(CourseLabel label) {
    Paper p = papers.get(label.doc());
    if (p == null) {
      return null;
    }
    TextSpan s = Anchors.sentence(p.document(), label.anchor());
    return s == null ? null : new Located(p, s);
  }

  /** Why {@link #locate} found nothing, for the broken-label report. */
  public String whyBroken(CourseLabel label) {
    return label.where()
        + " "
        + (papers.containsKey(label.doc())
            ? "anchor not found in " + label.doc() + ": \"" + label.anchor() + "\""
            : "paper not among the docs: " + label.doc());
  }
}
