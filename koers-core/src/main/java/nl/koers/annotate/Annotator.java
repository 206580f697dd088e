package nl.koers.annotate;

import java.util.Set;

/**
 * Adds annotations to a text. Declares the names it requires and produces, like CoreNLP's {@code
 * Annotator.requires()}, so a pipeline in the wrong order fails when it is built, not on a paper.
 * Implementations are stateless and thread-safe, and must never throw on any text.
 */
public interface Annotator {
  String name();

  Set<String> requires();

  Set<String> produces();

  void annotate(AnnotatedText text);
}
