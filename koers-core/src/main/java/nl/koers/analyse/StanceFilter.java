package nl.koers.analyse;

import java.util.Arrays;
import nl.koers.document.Annotation;

/**
 * Which stance annotations a course analysis counts: those about a subject (the target, or a topic
 * of the sentence's paragraph) and held by the asked holder. A stance made before holders existed
 * (no {@code holder} attribute, an index older than pipeline version 5) counts as the government's,
 * which is what timelines then assumed.
 */
public final class StanceFilter {
  private StanceFilter() {}

  /** True when the stance is about the subject (an entity id or {@code topic:<id>}). */
  public static boolean about(Annotation stance, String subject) {
    String subjects = stance.attribute("subjects");
    return subjects != null && Arrays.asList(subjects.split(",")).contains(subject);
  }

  /** True when the holder is {@code any}/null or the stance's holder. */
  public static boolean heldBy(Annotation stance, String holder) {
    if (holder == null || Timeline.ANY_HOLDER.equals(holder)) {
      return true;
    }
    String h = stance.attribute("holder");
    return holder.equals(h == null ? Timeline.DEFAULT_HOLDER : h);
  }
}
