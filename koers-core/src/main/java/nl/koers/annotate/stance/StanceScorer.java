package nl.koers.annotate.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.koers.annotate.entity.Tokens;

/**
 * Scores one sentence from the cue lexicon: the sum of the cue weights that fire, each turned
 * around by a negator or flip, or weakened by a hedge, standing up to three words before it;
 * clipped to [-1, 1]. Longer cues win over the shorter ones inside them ({@code kritisch bezien}
 * over {@code kritisch*}). Thread-safe.
 */
public final class StanceScorer {
  /** The verdict on a sentence, with the cues that fired as written ({@code niet teleurstel*}). */
  public record Score(double score, String label, List<String> cues, List<Fired> fired) {
    public Score(double score, String label, List<String> cues) {
      this(score, label, cues, List.of());
    }
  }

  /**
   * A cue that fired, at tokens [{@code first}, {@code end}) of the sentence, with its weight after
   * modifiers and its text as written ({@code niet teleurstel*(+0.6)}).
   */
  public record Fired(StanceLexicon.Cue cue, double weight, int first, int end, String text) {}

  /** Tokens of a sentence past this many are not scored: a cue so far in says nothing. */
  static final int MAX_TOKENS = 600;

  private static final int REACH = 3;

  private final StanceLexicon lexicon;

  public StanceScorer(StanceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Score score(String sentence) {
    return score(Tokens.of(sentence));
  }

  /** Scores tokens already cut from a sentence (their indices are those of {@link Fired}). */
  public Score score(Tokens t) {
    List<Fired> all = new ArrayList<>();
    double sum = 0;
    double critical = 0;
    double concerned = 0;
    List<String> fired = new ArrayList<>();
    int lastModifier = -100;
    StanceLexicon.Cue modifier = null;
    int i = 0;
    int size = Math.min(t.size, MAX_TOKENS);
    while (i < size) {
      StanceLexicon.Cue best = null;
      for (StanceLexicon.Cue c : lexicon.cues()) {
        if (matches(c, t, i) && (best == null || c.words().length > best.words().length)) {
          best = c;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      if (best.kind() == StanceLexicon.Kind.IGNORE) {
        i += best.words().length;
        continue;
      }
      if (best.isModifier()) {
        modifier = best;
        lastModifier = i;
        i += best.words().length;
        continue;
      }
      double w = best.weight();
      String label = best.written();
      if (modifier != null && i - lastModifier <= REACH) {
        switch (modifier.kind()) {
          case NEGATOR -> w = -w * 0.8;
          case FLIP -> w = w > 0 ? -w : w;
          case HEDGE -> w = w * modifier.weight();
          default -> {}
        }
        label = modifier.written() + " " + best.written();
        modifier = null;
      }
      sum += w;
      if (w < 0 && best.kind() == StanceLexicon.Kind.CONCERNED) {
        concerned += -w;
      } else if (w < 0) {
        critical += -w;
      }
      String text = String.format(Locale.ROOT, "%s(%+.1f)", label, w);
      fired.add(text);
      all.add(new Fired(best, w, i, i + best.words().length, text));
      i += best.words().length;
    }
    double score = Math.max(-1, Math.min(1, sum));
    String label =
        score > 0.15
            ? "supportive"
            : score < -0.15 ? concerned > critical ? "concerned" : "critical" : "neutral";
    return new Score(Math.round(score * 100) / 100.0, label, fired, all);
  }

  private static boolean matches(StanceLexicon.Cue c, Tokens t, int start) {
    String[] w = c.words();
    if (start + w.length > t.size || !t.folded[start].startsWith(w[0].substring(0, 1))) {
      return false;
    }
    for (int k = 0; k < w.length; k++) {
      String got = t.folded[start + k];
      boolean last = k == w.length - 1;
      if (last && c.prefix() ? !got.startsWith(w[k]) : !got.equals(w[k])) {
        return false;
      }
    }
    return true;
  }
}
