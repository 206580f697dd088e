package nl.koers.document;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an {@link Annotation} claims about its span. */
public enum AnnotationType {
  DOC_ID,
  DOSSIER,
  DOSSIER_TITLE,
  NUMBER,
  HEADING,
  KIND,
  AUTHOR_ROLE,
  DATE,
  SIGNATORY,
  ADDRESSEE,
  KAMERSTUK_REF,
  MEETING,
  MOTION,
  REQUEST,
  OTHER_REF,
  ENTITY,
  TOPIC,
  FIGURE,
  COMMITMENT,
  STANCE;

  /** The lower-case name used in JSON and on the command line, e.g. {@code kamerstuk_ref}. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
