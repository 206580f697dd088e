package nl.koers.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import nl.koers.document.Document;
import nl.koers.document.TextSpan;

/**
 * Scores the {@code stance} items of the extraction records against {@code stance.jsonl} labels
 * ({@code doc, anchor, holder, target, polarity}).
 *
 * <p>Per labelled (sentence, target) the predicted polarity is that of the item for the target in
 * the sentence, or 0 when there is none (no evaluation). Items in a labelled sentence toward a
 * target the labels do not list are spurious: they count as gold 0 (label files list every target a
 * labelled sentence evaluates). {@code stance_acc} is the share of labels with the right polarity;
 * {@code stance_macro_f1} the mean F1 of the classes −1, 0, +1 over labels and spurious items. The
 * predicted holder is the item's for the target, else any item's in the sentence, else what {@code
 * holderOf} says for the bare sentence; {@code holder_acc} is over all labels with a holder.
 */
public final class StanceScore implements CourseScorer {
  private final BiFunction<Document, TextSpan, String> holderOf;

  /**
   * @param holderOf the holder the pipeline gives a sentence that carries no stance item
   */
  public StanceScore(BiFunction<Document, TextSpan, String> holderOf) {
    this.holderOf = holderOf;
  }

  @Override
  public String name() {
    return "stance";
  }

  private record Item(String target, int polarity, String holder) {}

  @Override
  public CourseReport score(List<CourseLabel> labels, CourseDocs docs) {
    int[][] confusion = new int[3][3]; // [gold+1][predicted+1]
    int correct = 0;
    int scored = 0;
    int holderRight = 0;
    int holderTotal = 0;
    Map<String, int[]> byHolder = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    Map<String, Set<String>> labelledTargets = new LinkedHashMap<>();
    Map<String, CourseDocs.Located> sentences = new LinkedHashMap<>();
    for (CourseLabel l : labels) {
      CourseDocs.Located at = docs.locate(l);
      if (at == null) {
        broken.add(docs.whyBroken(l));
        continue;
      }
      String key = l.doc() + "@" + at.sentence().begin();
      sentences.put(key, at);
      labelledTargets
          .computeIfAbsent(key, k -> new TreeSet<>())
          .add(l.json().path("target").asText());
      Map<String, Item> items = items(at);
      String target = l.json().path("target").asText();
      int gold = l.json().path("polarity").asInt();
      Item item = items.get(target);
      int got = item == null ? 0 : item.polarity();
      confusion[clamp(gold) + 1][clamp(got) + 1]++;
      scored++;
      String goldHolder = l.json().path("holder").asText(null);
      String gotHolder =
          item != null
              ? item.holder()
              : items.isEmpty()
                  ? holderOf.apply(at.paper().document(), at.sentence())
                  : items.values().iterator().next().holder();
      boolean holderOk = goldHolder == null || goldHolder.equals(gotHolder);
      if (goldHolder != null) {
        holderTotal++;
        int[] h = byHolder.computeIfAbsent(goldHolder, k -> new int[2]);
        h[1]++;
        if (holderOk) {
          holderRight++;
          h[0]++;
        }
      }
      if (gold == got) {
        correct++;
      }
      if (gold != got || !holderOk) {
        misses.add(
            String.format(
                Locale.ROOT,
                "%s %s [%s] gold %s %+d, got %s %+d: %s",
                l.where(),
                l.doc(),
                target,
                goldHolder,
                gold,
                gotHolder,
                got,
                squeeze(at.paper().document().quote(at.sentence()))));
      }
    }
    int spurious = 0;
    for (Map.Entry<String, CourseDocs.Located> e : sentences.entrySet()) {
      Set<String> listed = labelledTargets.get(e.getKey());
      for (Item item : items(e.getValue()).values()) {
        if (!listed.contains(item.target()) && item.polarity() != 0) {
          confusion[1][clamp(item.polarity()) + 1]++;
          spurious++;
          misses.add(
              String.format(
                  Locale.ROOT,
                  "%s spurious [%s] %s %+d: %s",
                  e.getValue().paper().name(),
                  item.target(),
                  item.holder(),
                  item.polarity(),
                  squeeze(e.getValue().paper().document().quote(e.getValue().sentence()))));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT, "%-10s %9s %9s %9s %7s", "polarity", "precision", "recall", "f1", "gold"));
    double f1sum = 0;
    for (int c = 0; c < 3; c++) {
      int tp = confusion[c][c];
      int gotC = confusion[0][c] + confusion[1][c] + confusion[2][c];
      int goldC = confusion[c][0] + confusion[c][1] + confusion[c][2];
      double p = gotC == 0 ? 0 : tp / (double) gotC;
      double r = goldC == 0 ? 0 : tp / (double) goldC;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      f1sum += f;
      lines.add(
          String.format(
              Locale.ROOT,
              "%-10s %9.3f %9.3f %9.3f %7d",
              String.format(Locale.ROOT, "%+d", c - 1),
              p,
              r,
              f,
              goldC));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "confusion (rows gold -1/0/+1, columns got): %s",
            java.util.Arrays.deepToString(confusion)));
    for (Map.Entry<String, int[]> h : byHolder.entrySet()) {
      lines.add(
          String.format(
              Locale.ROOT, "holder %-10s %d/%d", h.getKey(), h.getValue()[0], h.getValue()[1]));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "labels %d scored, %d broken, %d spurious items in labelled sentences",
            scored,
            broken.size(),
            spurious));
    Map<String, Double> summary = new LinkedHashMap<>();
    summary.put("stance_macro_f1", PrecisionRecall.round(f1sum / 3));
    summary.put("stance_acc", PrecisionRecall.round(scored == 0 ? 0 : correct / (double) scored));
    summary.put(
        "holder_acc",
        PrecisionRecall.round(holderTotal == 0 ? 0 : holderRight / (double) holderTotal));
    return new CourseReport(name(), lines, misses, broken, summary);
  }

  /** The record's stance items that lie in the sentence, by target (first item per target). */
  @SuppressWarnings("unchecked")
  private static Map<String, Item> items(CourseDocs.Located at) {
    Map<String, Item> out = new LinkedHashMap<>();
    Object list = at.paper().record().get("stance");
    if (!(list instanceof List<?> l)) {
      return out;
    }
    for (Object o : l) {
      Map<String, Object> m = (Map<String, Object>) o;
      int b = ((Number) m.get("begin")).intValue();
      if (b < at.sentence().begin() || b >= at.sentence().end()) {
        continue;
      }
      out.putIfAbsent(
          String.valueOf(m.get("target")),
          new Item(
              String.valueOf(m.get("target")),
              ((Number) m.get("polarity")).intValue(),
              String.valueOf(m.get("holder"))));
    }
    return out;
  }

  private static int clamp(int p) {
    return Integer.signum(p);
  }

  private static String squeeze(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 160 ? t.substring(0, 160) + "…" : t;
  }
}
