package nl.koers.annotate.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;

/**
 * Marks every mention of a gazetteer entity as an {@link AnnotationType#ENTITY} span whose value is
 * the entity id, and makes the members of parliament named in motions and requests person entities
 * ({@code member-<surname>}). Page footers are skipped: they repeat on every page and mean nothing.
 */
public final class EntityAnnotator implements Annotator {
  /** Prefix of the ids of members of parliament found in motions and requests. */
  public static final String MEMBER_PREFIX = "member-";

  private final EntityMatcher matcher;

  public EntityAnnotator(Gazetteer gazetteer) {
    this.matcher = new EntityMatcher(gazetteer);
  }

  public EntityAnnotator() {
    this(Gazetteer.standard());
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<String> requires() {
    return Set.of("motions", "requests");
  }

  @Override
  public Set<String> produces() {
    return Set.of("entities");
  }

  @Override
  public void annotate(AnnotatedText t) {
    List<Segment> footers = t.segments(SegmentType.PAGE_FOOTER);
    for (EntityMatcher.Match m : matcher.find(t.text())) {
      if (inside(footers, m.begin())) {
        continue;
      }
      Entity e = m.entity();
      Map<String, String> attributes = new HashMap<>();
      attributes.put("type", e.type());
      attributes.put("form", m.form().name().toLowerCase(Locale.ROOT));
      if (e.qid() != null) {
        attributes.put("qid", e.qid());
      }
      t.add(AnnotationType.ENTITY, m.begin(), m.end(), e.id(), attributes);
    }
    List<Annotation> named =
        t.annotations().stream()
            .filter(a -> a.type() == AnnotationType.MOTION || a.type() == AnnotationType.REQUEST)
            .toList();
    named.forEach(a -> addMember(t, a));
  }

  private static void addMember(AnnotatedText t, Annotation a) {
    String member = a.value();
    if (member == null || member.isBlank()) {
      return;
    }
    int at = t.text().indexOf(member, a.span().begin());
    int begin = at >= 0 && at < a.span().end() ? at : a.span().begin();
    int end = at >= 0 && at < a.span().end() ? at + member.length() : a.span().end();
    Map<String, String> attributes = new HashMap<>();
    attributes.put("type", "person");
    attributes.put("form", "name");
    attributes.put("label", member);
    attributes.put("role", "member of parliament");
    if (a.attribute("party") != null) {
      attributes.put("party", a.attribute("party"));
    }
    t.add(AnnotationType.ENTITY, begin, end, memberId(member), attributes);
  }

  /** {@code member-piri} for {@code Piri}, {@code member-van-der-lee} for {@code Van der Lee}. */
  public static String memberId(String name) {
    String surname = name.replaceAll("^(?:\\p{Lu}\\.)+\\s*", "");
    String slug = Tokens.fold(surname).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return MEMBER_PREFIX + (slug.isEmpty() ? "unknown" : slug);
  }

  private static boolean inside(List<Segment> segments, int offset) {
    for (Segment s : segments) {
      if (s.span().begin() <= offset && offset < s.span().end()) {
        return true;
      }
    }
    return false;
  }
}
