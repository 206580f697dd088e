package nl.koers.annotate.stance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.koers.annotate.entity.Tokens;
import nl.koers.data.DataFile;

/**
 * The cues of stance, as data ({@code stance-cues.tsv}): phrases with a kind and a weight, and the
 * words that turn them around (negators, flips) or weaken them (hedges), the phrases that are no
 * cue (ignore), and for each cue how it finds its target ({@link Attach}). Immutable.
 */
public final class StanceLexicon {
  /** What a cue does. */
  public enum Kind {
    SUPPORTIVE,
    CRITICAL,
    CONCERNED,
    NEGATOR,
    FLIP,
    HEDGE,
    /** A phrase that is no cue; it blocks the shorter cues inside it ("zorgen voor"). */
    IGNORE
  }

  /** How a cue finds the entity it evaluates; see stance-cues.tsv and docs/analysis.md. */
  public enum Attach {
    NEAR,
    AGENT,
    PARTNER,
    DISTANCE,
    OBJECT
  }

  /** One entry; {@code words} folded, the last one a prefix when {@code prefix}. */
  public record Cue(
      String written, Kind kind, double weight, String[] words, boolean prefix, Attach attach) {
    public boolean isModifier() {
      return kind == Kind.NEGATOR || kind == Kind.FLIP || kind == Kind.HEDGE;
    }
  }

  private static final StanceLexicon STANDARD =
      new StanceLexicon(
          parse(DataFile.lines(StanceLexicon.class, "stance-cues.tsv"), "stance-cues.tsv"));

  private final List<Cue> cues;

  private StanceLexicon(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  public static StanceLexicon standard() {
    return STANDARD;
  }

  /** A lexicon read from a user's file in the same format. */
  public static StanceLexicon of(Path file) {
    return new StanceLexicon(parse(DataFile.lines(file), file.toString()));
  }

  private static List<Cue> parse(List<String> lines, String where) {
    List<Cue> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length != 3 && f.length != 4) {
        throw new IllegalArgumentException(
            where + " entry " + (i + 1) + ": expected cue, kind, weight[, attach]");
      }
      String cue = f[0].strip();
      boolean prefix = cue.endsWith("*");
      String[] words = Tokens.fold(prefix ? cue.substring(0, cue.length() - 1) : cue).split("\\s+");
      Kind kind;
      try {
        kind = Kind.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            where + " entry " + (i + 1) + ": unknown kind " + f[1], e);
      }
      Attach attach;
      try {
        attach =
            f.length == 4 ? Attach.valueOf(f[3].strip().toUpperCase(Locale.ROOT)) : Attach.NEAR;
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            where + " entry " + (i + 1) + ": unknown attach " + f[3], e);
      }
      out.add(new Cue(cue, kind, Double.parseDouble(f[2].strip()), words, prefix, attach));
    }
    return out;
  }

  public List<Cue> cues() {
    return cues;
  }
}
