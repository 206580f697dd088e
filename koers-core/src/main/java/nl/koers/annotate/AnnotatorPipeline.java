package nl.koers.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Annotators run in a checked order. Immutable and thread-safe. */
public final class AnnotatorPipeline {
  /** What the cleaner and sentence splitter provide before any annotator runs. */
  public static final Set<String> PROVIDED = Set.of("text", "paragraphs", "footnotes", "sentences");

  private final List<Annotator> annotators;

  /**
   * @throws IllegalArgumentException naming the first annotator whose requirement is not produced
   *     by an earlier one, e.g. {@code annotator "meetings" requires "date"}
   */
  public AnnotatorPipeline(List<Annotator> annotators) {
    Set<String> available = new HashSet<>(PROVIDED);
    for (Annotator a : annotators) {
      for (String r : a.requires()) {
        if (!available.contains(r)) {
          throw new IllegalArgumentException(
              "annotator \"" + a.name() + "\" requires \"" + r + "\"");
        }
      }
      available.addAll(a.produces());
    }
    this.annotators = List.copyOf(annotators);
  }

  public void annotate(AnnotatedText text) {
    for (Annotator a : annotators) {
      a.annotate(text);
    }
  }

  public List<String> names() {
    return annotators.stream().map(Annotator::name).toList();
  }
}
