package nl.koers.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.koers.document.TextSpan;

/**
 * Scores the {@code commitments} of the extraction records against {@code commitments.jsonl} labels
 * ({@code doc, anchor, commitment, actor, due}).
 *
 * <p>A label file claims to list <em>every</em> commitment of each paper it names, so precision is
 * over all predicted commitments in those papers: a prediction is right when it lies (starts) in a
 * sentence labelled {@code commitment: true}; one in a hard-negative sentence, in an unlabelled
 * sentence or a second one in the same sentence is wrong. Recall is the share of true labels whose
 * sentence holds a prediction. Actor and due moment are reported (not in the summary) over the
 * found true labels that state them, compared case-insensitively. Stateless.
 */
public final class CommitmentScore implements CourseScorer {
  @Override
  public String name() {
    return "commitments";
  }

  /** A predicted commitment as {@code koers extract --jsonl} prints it. */
  record Predicted(int begin, String actor, String due, String action) {}

  @Override
  public CourseReport score(List<CourseLabel> labels, CourseDocs docs) {
    List<String> misses = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    Set<String> labelledDocs = new LinkedHashSet<>();
    Map<String, List<TextSpan>> trueSentences = new LinkedHashMap<>();
    int gold = 0;
    int found = 0;
    int actorRight = 0;
    int actorTotal = 0;
    int dueRight = 0;
    int dueTotal = 0;
    int negatives = 0;
    int negativesHit = 0;
    for (CourseLabel l : labels) {
      CourseDocs.Located at = docs.locate(l);
      if (at == null) {
        broken.add(docs.whyBroken(l));
        continue;
      }
      labelledDocs.add(l.doc());
      List<Predicted> in = within(at);
      if (!l.json().path("commitment").asBoolean()) {
        negatives++;
        if (!in.isEmpty()) {
          negativesHit++;
          misses.add(
              String.format(
                  Locale.ROOT,
                  "%s %s false positive (%s): %s",
                  l.where(),
                  l.doc(),
                  l.json().path("why").asText("negative"),
                  quote(at)));
        }
        continue;
      }
      gold++;
      trueSentences.computeIfAbsent(l.doc(), k -> new ArrayList<>()).add(at.sentence());
      if (in.isEmpty()) {
        misses.add(String.format(Locale.ROOT, "%s %s missed: %s", l.where(), l.doc(), quote(at)));
        continue;
      }
      found++;
      Predicted p = in.get(0);
      String goldActor = l.json().path("actor").asText(null);
      if (goldActor != null) {
        actorTotal++;
        if (goldActor.equalsIgnoreCase(String.valueOf(p.actor()))) {
          actorRight++;
        } else {
          misses.add(
              String.format(
                  Locale.ROOT,
                  "%s %s actor: gold %s, got %s",
                  l.where(),
                  l.doc(),
                  goldActor,
                  p.actor()));
        }
      }
      String goldDue = l.json().path("due").asText(null);
      if (goldDue != null) {
        dueTotal++;
        if (goldDue.equalsIgnoreCase(String.valueOf(p.due()))) {
          dueRight++;
        } else {
          misses.add(
              String.format(
                  Locale.ROOT, "%s %s due: gold %s, got %s", l.where(), l.doc(), goldDue, p.due()));
        }
      }
    }
    int predicted = 0;
    int right = 0;
    for (String doc : labelledDocs) {
      CourseDocs.Paper paper = docs.paper(doc);
      List<TextSpan> yes = trueSentences.getOrDefault(doc, List.of());
      Set<TextSpan> used = new HashSet<>();
      for (Predicted p : predictions(paper.record())) {
        predicted++;
        TextSpan s = holding(yes, p.begin());
        if (s != null && used.add(s)) {
          right++;
        } else if (s == null) {
          misses.add(
              String.format(
                  Locale.ROOT, "%s spurious at %d: %s", doc, p.begin(), clip(p.action())));
        }
      }
    }
    PrecisionRecall pr = new PrecisionRecall(right, predicted, found, gold, labelledDocs.size());
    List<String> lines = new ArrayList<>();
    lines.add(pr.line("commitments"));
    lines.add(
        String.format(
            Locale.ROOT,
            "hard negatives hit %d/%d; actor %d/%d; due %d/%d",
            negativesHit,
            negatives,
            actorRight,
            actorTotal,
            dueRight,
            dueTotal));
    Map<String, Double> summary = new LinkedHashMap<>();
    summary.put("commit_p", PrecisionRecall.round(pr.precision()));
    summary.put("commit_r", PrecisionRecall.round(pr.recall()));
    return new CourseReport(name(), lines, misses, broken, summary);
  }

  private static TextSpan holding(List<TextSpan> spans, int at) {
    for (TextSpan s : spans) {
      if (s.begin() <= at && at < s.end()) {
        return s;
      }
    }
    return null;
  }

  private static List<Predicted> within(CourseDocs.Located at) {
    List<Predicted> out = new ArrayList<>();
    for (Predicted p : predictions(at.paper().record())) {
      if (at.sentence().begin() <= p.begin() && p.begin() < at.sentence().end()) {
        out.add(p);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static List<Predicted> predictions(Map<String, Object> record) {
    List<Predicted> out = new ArrayList<>();
    if (record.get("commitments") instanceof List<?> list) {
      for (Object o : list) {
        Map<String, Object> m = (Map<String, Object>) o;
        out.add(
            new Predicted(
                ((Number) m.get("begin")).intValue(),
                (String) m.get("actor"),
                (String) m.get("due"),
                String.valueOf(m.get("action"))));
      }
    }
    return out;
  }

  private static String quote(CourseDocs.Located at) {
    return clip(at.paper().document().quote(at.sentence()));
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 160 ? t.substring(0, 160) + "…" : t;
  }
}
