package nl.koers.analyse;

import java.util.Locale;
import nl.koers.annotate.entity.EntityAnnotator;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.annotate.topic.Taxonomy;

/** Resolves what a user typed after {@code --entity} or {@code --topic} to an id. */
public final class Subjects {
  private Subjects() {}

  /**
   * An entity id from an id, QID or label; {@code member-…} ids of members of parliament pass as
   * they are, and a bare surname finds its member id.
   *
   * @throws IllegalArgumentException for a key that names nothing
   */
  public static String entityId(Gazetteer g, String key) {
    if (key.startsWith(EntityAnnotator.MEMBER_PREFIX)) {
      return key;
    }
    return g.find(key)
        .map(e -> e.id())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no entity \""
                        + key
                        + "\" (try an id such as united-states, a QID such as Q30, a label, or "
                        + EntityAnnotator.memberId(key)
                        + " for a member of parliament; koers entities lists them)"));
  }

  public static String topicId(Taxonomy t, String key) {
    return t.find(key)
        .map(x -> x.id())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no topic \""
                        + key
                        + "\"; topics: "
                        + String.join(", ", t.topics().stream().map(x -> x.id()).toList())));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * A timeline subject: {@code topic:<id>} for a topic (written so, or a topic label that names no
   * entity), else an entity id.
   *
   * @throws IllegalArgumentException for a key that names neither
   */
  public static String subjectId(Gazetteer g, Taxonomy t, String key) {
    if (key.startsWith("topic:")) {
      return "topic:" + topicId(t, key.substring("topic:".length()));
    }
    try {
      return entityId(g, key);
    } catch (IllegalArgumentException notAnEntity) {
      return t.find(key)
          .map(x -> "topic:" + x.id())
          .orElseThrow(() -> new IllegalArgumentException("no entity or topic \"" + key + "\""));
    }
  }
}
