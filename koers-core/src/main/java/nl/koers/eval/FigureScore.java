package nl.koers.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores the {@code figures} of the extraction records against {@code figures.jsonl} labels ({@code
 * doc, anchor, figure, value, unit, year}, optionally {@code direction}).
 *
 * <p>A true label is found when an unused predicted figure starting in its sentence has the same
 * unit and year (null = null) and a value within a relative tolerance of {@value #TOLERANCE}; a
 * sentence may carry several labels. A label file claims to list every figure of each paper it
 * names, so precision is over all predicted figures in those papers: a prediction is right when it
 * matched a true label. Direction ({@code up}/{@code down}) is reported over the found labels that
 * state one. Stateless.
 */
public final class FigureScore implements CourseScorer {
  static final double TOLERANCE = 1e-6;

  @Override
  public String name() {
    return "figures";
  }

  /** A predicted figure as {@code koers extract --jsonl} prints it. */
  record Predicted(
      int begin, double value, String unit, Integer year, String direction, String text) {}

  @Override
  public CourseReport score(List<CourseLabel> labels, CourseDocs docs) {
    List<String> misses = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    Set<String> labelledDocs = new LinkedHashSet<>();
    Map<String, List<Predicted>> byDoc = new LinkedHashMap<>();
    Set<Predicted> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    int gold = 0;
    int found = 0;
    int negatives = 0;
    int directionRight = 0;
    int directionTotal = 0;
    for (CourseLabel l : labels) {
      CourseDocs.Located at = docs.locate(l);
      if (at == null) {
        broken.add(docs.whyBroken(l));
        continue;
      }
      labelledDocs.add(l.doc());
      List<Predicted> all = byDoc.computeIfAbsent(l.doc(), k -> predictions(at.paper().record()));
      List<Predicted> in = new ArrayList<>();
      for (Predicted p : all) {
        if (at.sentence().begin() <= p.begin() && p.begin() < at.sentence().end()) {
          in.add(p);
        }
      }
      if (!l.json().path("figure").asBoolean()) {
        negatives++;
        continue; // a wrong figure there shows up as an unmatched prediction below
      }
      gold++;
      double value = l.json().path("value").asDouble();
      String unit = l.json().path("unit").asText(null);
      Integer year = l.json().hasNonNull("year") ? l.json().get("year").asInt() : null;
      Predicted hit = null;
      for (Predicted p : in) {
        if (!matched.contains(p)
            && close(p.value(), value)
            && Objects.equals(unit, p.unit())
            && Objects.equals(year, p.year())) {
          hit = p;
          break;
        }
      }
      if (hit == null) {
        misses.add(
            String.format(
                Locale.ROOT,
                "%s %s missed %s %s year %s; in sentence: %s",
                l.where(),
                l.doc(),
                java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString(),
                unit,
                year,
                describe(in)));
        continue;
      }
      matched.add(hit);
      found++;
      String direction = l.json().path("direction").asText(null);
      if (direction != null) {
        directionTotal++;
        if (direction.equals(hit.direction())) {
          directionRight++;
        } else {
          misses.add(
              String.format(
                  Locale.ROOT,
                  "%s %s direction: gold %s, got %s",
                  l.where(),
                  l.doc(),
                  direction,
                  hit.direction()));
        }
      }
    }
    int predicted = 0;
    int right = 0;
    for (String doc : labelledDocs) {
      for (Predicted p : byDoc.get(doc)) {
        predicted++;
        if (matched.contains(p)) {
          right++;
        } else {
          misses.add(String.format(Locale.ROOT, "%s spurious %s", doc, describe(List.of(p))));
        }
      }
    }
    PrecisionRecall pr = new PrecisionRecall(right, predicted, found, gold, labelledDocs.size());
    List<String> lines = new ArrayList<>();
    lines.add(pr.line("figures"));
    lines.add(
        String.format(
            Locale.ROOT,
            "non-figure labels %d; direction %d/%d",
            negatives,
            directionRight,
            directionTotal));
    Map<String, Double> summary = new LinkedHashMap<>();
    summary.put("fig_p", PrecisionRecall.round(pr.precision()));
    summary.put("fig_r", PrecisionRecall.round(pr.recall()));
    return new CourseReport(name(), lines, misses, broken, summary);
  }

  static boolean close(double got, double want) {
    if (want == 0) {
      return got == 0;
    }
    return Math.abs(got - want) <= TOLERANCE * Math.abs(want);
  }

  @SuppressWarnings("unchecked")
  static List<Predicted> predictions(Map<String, Object> record) {
    List<Predicted> out = new ArrayList<>();
    if (record.get("figures") instanceof List<?> list) {
      for (Object o : list) {
        Map<String, Object> m = (Map<String, Object>) o;
        Object v = m.get("value");
        double value =
            v instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(v));
        Object y = m.get("year");
        out.add(
            new Predicted(
                ((Number) m.get("begin")).intValue(),
                value,
                (String) m.get("unit"),
                y == null ? null : Integer.valueOf(String.valueOf(y)),
                (String) m.get("direction"),
                String.valueOf(m.get("text"))));
      }
    }
    return out;
  }

  private static String describe(List<Predicted> ps) {
    List<String> out = new ArrayList<>();
    for (Predicted p : ps) {
      out.add(
          String.format(
              Locale.ROOT,
              "[%s %s%s \"%s\"]",
              java.math.BigDecimal.valueOf(p.value()).stripTrailingZeros().toPlainString(),
              p.unit(),
              p.year() == null ? "" : " " + p.year(),
              p.text().replaceAll("\\s+", " ")));
    }
    return out.isEmpty() ? "(none)" : String.join(" ", out);
  }
}
