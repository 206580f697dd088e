package nl.koers.annotate.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.annotate.entity.Tokens;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;

/**
 * Gives each paragraph the topics whose cues fire in it, as {@link AnnotationType#TOPIC} spans over
 * the paragraph with the cues that fired kept in {@code cues}: every topic can be explained. A
 * paragraph needs two cue hits, or one when it is shorter than {@value #SHORT} words.
 */
public final class TopicAnnotator implements Annotator {
  static final int SHORT = 25;

  private record Cue(Topic topic, String written, String entity, String[] words, boolean prefix) {}

  private final List<Cue> entityCues = new ArrayList<>();
  private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
  private final List<Cue> prefixFirst = new ArrayList<>();

  public TopicAnnotator(Taxonomy taxonomy) {
    for (Topic topic : taxonomy.topics()) {
      for (String c : topic.cues()) {
        if (c.startsWith("@")) {
          entityCues.add(new Cue(topic, c, c.substring(1), null, false));
          continue;
        }
        boolean prefix = c.endsWith("*");
        String[] words = Tokens.fold(prefix ? c.substring(0, c.length() - 1) : c).split("\\s+");
        Cue cue = new Cue(topic, c, null, words, prefix);
        if (prefix && words.length == 1) {
          prefixFirst.add(cue);
        } else {
          byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(cue);
        }
      }
    }
  }

  public TopicAnnotator() {
    this(Taxonomy.standard());
  }

  @Override
  public String name() {
    return "topics";
  }

  @Override
  public Set<String> requires() {
    return Set.of("entities");
  }

  @Override
  public Set<String> produces() {
    return Set.of("topics");
  }

  @Override
  public void annotate(AnnotatedText t) {
    List<Annotation> entities = new ArrayList<>(t.annotations(AnnotationType.ENTITY));
    entities.sort(Comparator.comparingInt(a -> a.span().begin()));
    for (Segment s : t.segments()) {
      if (s.type() != SegmentType.PARAGRAPH && s.type() != SegmentType.NUMBERED_POINT) {
        continue;
      }
      Map<Topic, List<String>> hits = new HashMap<>();
      Tokens words = Tokens.of(t.quote(s));
      for (int i = 0; i < words.size; i++) {
        String w = words.folded[i];
        for (Cue c : byFirstWord.getOrDefault(w, List.of())) {
          if (matches(c, words, i)) {
            hits.computeIfAbsent(c.topic(), x -> new ArrayList<>()).add(c.written());
          }
        }
        for (Cue c : prefixFirst) {
          if (w.startsWith(c.words()[0])) {
            hits.computeIfAbsent(c.topic(), x -> new ArrayList<>()).add(c.written());
          }
        }
      }
      for (int k = firstAtOrAfter(entities, s.span().begin()); k < entities.size(); k++) {
        Annotation e = entities.get(k);
        if (e.span().begin() >= s.span().end()) {
          break;
        }
        for (Cue c : entityCues) {
          if (c.entity().equals(e.value())) {
            hits.computeIfAbsent(c.topic(), x -> new ArrayList<>()).add(c.written());
          }
        }
      }
      int needed = words.size < SHORT ? 1 : 2;
      for (Map.Entry<Topic, List<String>> h : hits.entrySet()) {
        if (h.getValue().size() >= needed) {
          t.add(
              AnnotationType.TOPIC,
              s.span().begin(),
              s.span().end(),
              h.getKey().id(),
              Map.of(
                  "cues", String.join(", ", new LinkedHashSet<>(h.getValue())),
                  "hits", Integer.toString(h.getValue().size())));
        }
      }
    }
  }

  /** Binary search in annotations sorted by begin. */
  private static int firstAtOrAfter(List<Annotation> sorted, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).span().begin() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean matches(Cue c, Tokens words, int start) {
    String[] want = c.words();
    if (start + want.length > words.size) {
      return false;
    }
    for (int k = 0; k < want.length; k++) {
      String got = words.folded[start + k];
      boolean last = k == want.length - 1;
      if (last && c.prefix() ? !got.startsWith(want[k]) : !got.equals(want[k])) {
        return false;
      }
    }
    return true;
  }
}
