package nl.koers.annotate.stance;

import java.util.ArrayList;
import java.util.List;
import nl.koers.annotate.entity.Tokens;
import nl.koers.data.DataFile;

/**
 * Words that name a stance target without being an entity mention ({@code stance-implicit.tsv}):
 * "trans-Atlantische betrekkingen" are relations with the United States, "Washington" is its
 * government. Used only to find stance targets. Immutable and thread-safe.
 */
public final class ImplicitTargets {
  private record Entry(String[] words, boolean prefix, String target) {}

  private static final ImplicitTargets STANDARD =
      new ImplicitTargets(DataFile.lines(ImplicitTargets.class, "stance-implicit.tsv"));

  private final List<Entry> entries = new ArrayList<>();

  ImplicitTargets(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length != 2) {
        throw new IllegalArgumentException(
            "stance-implicit.tsv entry " + (i + 1) + ": expected words, target");
      }
      String w = f[0].strip();
      boolean prefix = w.endsWith("*");
      entries.add(
          new Entry(
              Tokens.fold(prefix ? w.substring(0, w.length() - 1) : w).split("\\s+"),
              prefix,
              f[1].strip()));
    }
  }

  public static ImplicitTargets standard() {
    return STANDARD;
  }

  /** The implicit mentions in a sentence, over its chars, in text order. */
  public List<StanceTargets.Mention> find(Tokens t) {
    List<StanceTargets.Mention> out = new ArrayList<>();
    for (int k = 0; k < t.size; k++) {
      for (Entry e : entries) {
        if (matches(e, t, k)) {
          out.add(
              new StanceTargets.Mention(
                  e.target(), t.begin[k], t.end[k + e.words().length - 1], false));
          break;
        }
      }
    }
    return out;
  }

  private static boolean matches(Entry e, Tokens t, int k) {
    String[] w = e.words();
    if (k + w.length > t.size) {
      return false;
    }
    for (int j = 0; j < w.length; j++) {
      boolean last = j == w.length - 1;
      String got = t.folded[k + j];
      if (last && e.prefix() ? !got.startsWith(w[j]) : !got.equals(w[j])) {
        return false;
      }
    }
    return true;
  }
}
