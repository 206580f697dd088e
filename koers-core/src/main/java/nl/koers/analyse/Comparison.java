package nl.koers.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;

/**
 * Two papers or two periods side by side: the subjects (entities and topics) each side has that the
 * other lacks, the mean stance per shared subject, and the figures whose unit and measure appear on
 * both sides with different values.
 */
public record Comparison(
    String a,
    String b,
    List<String> gained,
    List<String> dropped,
    List<StanceChange> stance,
    List<FigureChange> figures) {

  /** A subject's mean stance on each side (null when no cue fired there). */
  public record StanceChange(String subject, Double before, Double after) {}

  /** A figure's values on each side, keyed by unit and what it measures. */
  public record FigureChange(
      String unit, String measure, List<String> before, List<String> after) {}

  public static Comparison of(String a, List<Document> left, String b, List<Document> right) {
    return of(a, left, b, right, Timeline.DEFAULT_HOLDER);
  }

  /** As {@link #of(String, List, String, List)}, with the stance of one holder (or "any"). */
  public static Comparison of(
      String a, List<Document> left, String b, List<Document> right, String holder) {
    Set<String> sa = subjects(left);
    Set<String> sb = subjects(right);
    List<String> gained = sb.stream().filter(s -> !sa.contains(s)).toList();
    List<String> dropped = sa.stream().filter(s -> !sb.contains(s)).toList();
    Map<String, Double> ma = meanStance(left, holder);
    Map<String, Double> mb = meanStance(right, holder);
    List<StanceChange> stance = new ArrayList<>();
    for (String s : new TreeSet<>(sa)) {
      if (sb.contains(s) && (ma.containsKey(s) || mb.containsKey(s))) {
        stance.add(new StanceChange(s, ma.get(s), mb.get(s)));
      }
    }
    Map<String, List<String>> fa = figures(left);
    Map<String, List<String>> fb = figures(right);
    List<FigureChange> changes = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : fa.entrySet()) {
      List<String> other = fb.get(e.getKey());
      if (other != null && !new TreeSet<>(other).equals(new TreeSet<>(e.getValue()))) {
        String[] key = e.getKey().split("\\|", 2);
        changes.add(new FigureChange(key[0], key[1], e.getValue(), other));
      }
    }
    return new Comparison(a, b, gained, dropped, stance, changes);
  }

  private static Set<String> subjects(List<Document> docs) {
    Set<String> out = new TreeSet<>();
    for (Document d : docs) {
      d.annotations(AnnotationType.ENTITY).forEach(x -> out.add(x.value()));
      d.annotations(AnnotationType.TOPIC).forEach(x -> out.add("topic:" + x.value()));
    }
    return out;
  }

  private static Map<String, Double> meanStance(List<Document> docs, String holder) {
    Map<String, double[]> sums = new HashMap<>();
    for (Document d : docs) {
      for (Annotation a : d.annotations(AnnotationType.STANCE)) {
        if (!StanceFilter.heldBy(a, holder)) {
          continue;
        }
        double score = Double.parseDouble(a.value());
        for (String s : a.attribute("subjects").split(",")) {
          double[] x = sums.computeIfAbsent(s, k -> new double[2]);
          x[0] += score;
          x[1]++;
        }
      }
    }
    Map<String, Double> out = new TreeMap<>();
    sums.forEach((k, v) -> out.put(k, Math.round(v[0] / v[1] * 1000) / 1000.0));
    return out;
  }

  /** Figures by "unit|measure", values as written. Figures without a measure are left out. */
  private static Map<String, List<String>> figures(List<Document> docs) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Document d : docs) {
      for (Annotation a : d.annotations(AnnotationType.FIGURE)) {
        String measure = a.attribute("measure");
        if (measure == null) {
          continue;
        }
        String key = a.attribute("unit") + "|" + measure.toLowerCase(java.util.Locale.ROOT);
        out.computeIfAbsent(key, k -> new ArrayList<>())
            .add(d.quote(a.span()).replaceAll("\\s+", " "));
      }
    }
    return out;
  }
}
