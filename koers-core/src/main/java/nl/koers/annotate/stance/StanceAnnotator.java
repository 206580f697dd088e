package nl.koers.annotate.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;

/**
 * Gives each sentence that concerns a subject a {@link AnnotationType#STANCE}: value the score in
 * [-1, 1], attributes {@code label} (supportive, critical, concerned, neutral), {@code cues} (what
 * fired, with weights) and {@code subjects}: the entities it names and the topics of its paragraph.
 * A sentence that names no entity, or only the speakers' own side (the Netherlands, Europe, the
 * EU), also concerns the entities named earlier in its paragraph ("Europa heeft zich te lang
 * verlaten op de Amerikaanse veiligheidsparaplu. Dat tijdperk is definitief voorbij."). Sentences
 * without cues get no annotation.
 */
public final class StanceAnnotator implements Annotator {
  /**
   * The Dutch and European perspective the papers speak from: naming only these ("gevolgen voor
   * Europa en Nederland") does not change what the paragraph is about.
   */
  static final Set<String> SPEAKERS =
      Set.of("netherlands", "europe", "eu", "house-of-representatives-nl");

  private final StanceScorer scorer;

  public StanceAnnotator(StanceLexicon lexicon) {
    this.scorer = new StanceScorer(lexicon);
  }

  public StanceAnnotator() {
    this(StanceLexicon.standard());
  }

  @Override
  public String name() {
    return "stance";
  }

  @Override
  public Set<String> requires() {
    return Set.of("entities", "topics");
  }

  @Override
  public Set<String> produces() {
    return Set.of("stance");
  }

  @Override
  public void annotate(AnnotatedText t) {
    List<Annotation> entities = sorted(t.annotations(AnnotationType.ENTITY));
    Map<Integer, List<String>> topicsByParagraph = new HashMap<>();
    for (Annotation topic : t.annotations(AnnotationType.TOPIC)) {
      topicsByParagraph
          .computeIfAbsent(topic.span().begin(), k -> new ArrayList<>())
          .add(topic.value());
    }
    List<Segment> paragraphs =
        t.segments().stream()
            .filter(
                p -> p.type() == SegmentType.PARAGRAPH || p.type() == SegmentType.NUMBERED_POINT)
            .sorted(Comparator.comparingInt(p -> p.span().begin()))
            .toList();
    Set<String> previous = new LinkedHashSet<>();
    Segment previousParagraph = null;
    int e = 0;
    int p = 0;
    for (Segment s : t.segments(SegmentType.SENTENCE)) {
      int b = s.span().begin();
      int end = s.span().end();
      while (e < entities.size() && entities.get(e).span().begin() < b) {
        e++;
      }
      while (p < paragraphs.size() && paragraphs.get(p).span().end() <= b) {
        p++;
      }
      Segment paragraph =
          p < paragraphs.size() && paragraphs.get(p).span().begin() <= b ? paragraphs.get(p) : null;
      Set<String> named = new LinkedHashSet<>();
      for (int k = e; k < entities.size() && entities.get(k).span().begin() < end; k++) {
        named.add(entities.get(k).value());
      }
      Set<String> subjects = new LinkedHashSet<>(named);
      if (SPEAKERS.containsAll(named) && paragraph != null && paragraph == previousParagraph) {
        subjects.addAll(previous);
      }
      if (paragraph != null) {
        for (String topic : topicsByParagraph.getOrDefault(paragraph.span().begin(), List.of())) {
          subjects.add("topic:" + topic);
        }
      }
      if (paragraph != previousParagraph) {
        previous = new LinkedHashSet<>();
      }
      previous.addAll(named);
      previousParagraph = paragraph;
      if (subjects.isEmpty() || end - b > 3000) {
        continue;
      }
      StanceScorer.Score score = scorer.score(t.quote(s));
      if (score.cues().isEmpty()) {
        continue;
      }
      t.add(
          AnnotationType.STANCE,
          b,
          end,
          Double.toString(score.score()),
          Map.of(
              "label", score.label(),
              "cues", String.join(", ", score.cues()),
              "subjects", String.join(",", subjects)));
    }
  }

  private static List<Annotation> sorted(List<Annotation> list) {
    List<Annotation> out = new ArrayList<>(list);
    out.sort(Comparator.comparingInt(a -> a.span().begin()));
    return out;
  }
}
