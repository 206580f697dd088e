package nl.koers.annotate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.koers.SharedCorpus;
import nl.koers.document.Document;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

/**
 * The cue lexicon against 60 hand-labelled dev sentences (stance-sample.tsv). The accuracy is kept
 * as regression data: it may rise, and falls below {@value #BASELINE} only with a failing test.
 */
class StanceSampleTest {
  /**
   * Accuracy measured when the sample was last relabelled or the lexicon last tuned. Lowered from
   * 0.95 deliberately (issue 15): the lexicon now carries cooperation cues ("samenwerking", "in
   * samenwerking met") that name a partner as supportive, as eval/course/stance.jsonl labels it,
   * where this older sample judged a descriptive mention of cooperation neutral; and a question's
   * supportive cues are dropped by StanceTargets, which this scorer-only test bypasses. Lowered to
   * 0.916 (55/60) deliberately when "steun voor" became a cue: it fires on "de politieke steun voor
   * de inval in Irak", whose target rule (no support reaches a name nested behind "in") then gives
   * it no country — the whole annotator scores better on eval/course (macro-F1 0.832 → 0.840), this
   * sentence-level scorer alone one sentence worse.
   */
  static final double BASELINE = 0.916;

  @Test
  void lexiconAccuracyOnTheLabelledSample() throws IOException {
    String tsv;
    try (InputStream in = getClass().getResourceAsStream("../stance-sample.tsv")) {
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StanceScorer scorer = new StanceScorer(StanceLexicon.standard());
    Map<String, Document> docs = new HashMap<>();
    int total = 0;
    int right = 0;
    StringBuilder wrong = new StringBuilder();
    for (String line : tsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Document d =
          docs.computeIfAbsent(
              f[0],
              n ->
                  PaperProcessor.standard()
                      .process(SharedCorpus.dev().resolve("docs").resolve(n))
                      .document());
      String sentence = d.text().substring(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
      String predicted = scorer.score(sentence).label();
      total++;
      if (predicted.equals(f[3])) {
        right++;
      } else {
        wrong.append(
            String.format(
                Locale.ROOT, "%n  %s@%s gold %s, predicted %s", f[0], f[1], f[3], predicted));
      }
    }
    double accuracy = (double) right / total;
    System.out.printf(
        Locale.ROOT, "stance lexicon: %d/%d = %.3f%s%n", right, total, accuracy, wrong);
    assertThat(total).isEqualTo(60);
    assertThat(accuracy).isGreaterThanOrEqualTo(BASELINE);
  }
}
