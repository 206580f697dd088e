package nl.koers.serve;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.koers.annotate.entity.Entity;
import nl.koers.annotate.entity.EntityAnnotator;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.annotate.topic.Taxonomy;
import nl.koers.annotate.topic.Topic;

/** Display labels for the entity and topic ids that facets and annotations carry. */
final class Labels {
  private Labels() {}

  /** A member id as a name: {@code member-van-der-burg} → {@code Van der Burg}. */
  static String member(String id) {
    String name = id.substring(EntityAnnotator.MEMBER_PREFIX.length()).replace('-', ' ');
    return name.isEmpty() ? id : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  static String entity(Gazetteer g, String id) {
    if (id.startsWith(EntityAnnotator.MEMBER_PREFIX)) {
      return member(id);
    }
    return g.byId(id).map(Entity::label).orElse(id);
  }

  static String topic(Taxonomy t, String id) {
    return t.topics().stream()
        .filter(x -> x.id().equals(id))
        .map(Topic::label)
        .findFirst()
        .orElse(id);
  }

  /** Labels for every id in the keys of the given counts. */
  static Map<String, String> entities(Gazetteer g, Iterable<String> ids) {
    Map<String, String> out = new LinkedHashMap<>();
    ids.forEach(id -> out.put(id, entity(g, id)));
    return out;
  }

  static Map<String, String> topics(Taxonomy t, Iterable<String> ids) {
    Map<String, String> out = new LinkedHashMap<>();
    ids.forEach(id -> out.put(id, topic(t, id)));
    return out;
  }
}
