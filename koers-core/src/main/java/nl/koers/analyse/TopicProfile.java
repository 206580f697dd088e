package nl.koers.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.document.SegmentType;

/**
 * What a paper is about: for each topic, how many of its paragraphs carry it and which cues fired.
 * The share is of the paper's paragraphs, so a letter that is half about China scores 0.5.
 */
public record TopicProfile(List<Share> shares) {
  /** One topic's part of a paper. */
  public record Share(String topic, int paragraphs, double share, List<String> cues) {}

  public static TopicProfile of(Document d) {
    long total =
        d.segments().stream()
            .filter(
                s -> s.type() == SegmentType.PARAGRAPH || s.type() == SegmentType.NUMBERED_POINT)
            .count();
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Set<String>> cues = new LinkedHashMap<>();
    for (Annotation a : d.annotations(AnnotationType.TOPIC)) {
      count.merge(a.value(), 1, Integer::sum);
      Set<String> c = cues.computeIfAbsent(a.value(), k -> new LinkedHashSet<>());
      for (String cue : a.attribute("cues").split(", ")) {
        c.add(cue);
      }
    }
    List<Share> shares = new ArrayList<>();
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      shares.add(
          new Share(
              e.getKey(),
              e.getValue(),
              total == 0 ? 0 : (double) e.getValue() / total,
              List.copyOf(cues.get(e.getKey()))));
    }
    shares.sort(Comparator.comparingInt(Share::paragraphs).reversed().thenComparing(Share::topic));
    return new TopicProfile(List.copyOf(shares));
  }
}
