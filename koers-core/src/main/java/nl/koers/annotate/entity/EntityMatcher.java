package nl.koers.annotate.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds gazetteer labels in a text, longest match first, over word tokens (see {@link Tokens}).
 * Case rules: abbreviations match in exact case ({@code VS}, not {@code vs}); in names a word
 * written with a capital needs a capital in the text ({@code Raad}, not {@code raad}); all-capital
 * words inside names are exact too. A name's last word may carry a genitive {@code s} ({@code
 * Ruslands}). Matching is linear in the text's length. Immutable and thread-safe once built.
 */
public final class EntityMatcher {
  /** How a label is written. */
  public enum Form {
    NAME,
    ABBREVIATION,
    ADJECTIVE
  }

  /** A label as it was found in a text. */
  public record Match(Entity entity, Form form, int begin, int end) {}

  /** A label of an entity, or of nothing when {@code entity} is null (a blocking phrase). */
  private record Label(Entity entity, Form form, String[] raw, boolean genitive) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    final List<Label> labels = new ArrayList<>(1);
  }

  private final Node root = new Node();

  public EntityMatcher(Gazetteer gazetteer) {
    for (Entity e : gazetteer.entities()) {
      e.names().forEach(n -> add(e, Form.NAME, n));
      e.abbreviations().forEach(a -> add(e, Form.ABBREVIATION, a));
      e.adjectives().forEach(a -> add(e, Form.ADJECTIVE, a));
    }
    gazetteer.blockers().forEach(b -> add(null, Form.NAME, b));
  }

  private void add(Entity e, Form form, String label) {
    Tokens t = Tokens.of(label);
    if (t.size == 0) {
      return;
    }
    String[] raw = new String[t.size];
    for (int i = 0; i < t.size; i++) {
      raw[i] = t.raw(i);
    }
    insert(t.folded, new Label(e, form, raw, false));
    String last = t.folded[t.size - 1];
    if (form == Form.NAME
        && last.length() >= 4
        && !last.endsWith("s")
        && Character.isUpperCase(raw[t.size - 1].charAt(0))) {
      String[] genitive = t.folded.clone();
      genitive[t.size - 1] = last + "s";
      insert(genitive, new Label(e, form, raw, true));
    }
  }

  private void insert(String[] folded, Label label) {
    Node n = root;
    for (String f : folded) {
      n = n.children.computeIfAbsent(f, k -> new Node());
    }
    n.labels.add(label);
  }

  public List<Match> find(String text) {
    Tokens t = Tokens.of(text);
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < t.size) {
      Node n = root;
      Label best = null;
      int bestEnd = -1;
      for (int j = i; j < t.size; j++) {
        n = n.children.get(t.folded[j]);
        if (n == null) {
          break;
        }
        for (Label l : n.labels) {
          if (casesAgree(l, t, i)) {
            best = l;
            bestEnd = j;
            break;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      if (best.entity() != null) {
        out.add(new Match(best.entity(), best.form(), t.begin[i], t.end[bestEnd]));
      }
      i = bestEnd + 1;
    }
    return out;
  }

  private static boolean casesAgree(Label l, Tokens t, int start) {
    for (int k = 0; k < l.raw().length; k++) {
      String want = l.raw()[k];
      String got = t.raw(start + k);
      if (l.genitive() && k == l.raw().length - 1) {
        got = got.substring(0, got.length() - 1);
      }
      if (l.form() == Form.ABBREVIATION || isAllCaps(want)) {
        if (!got.equals(want)) {
          return false;
        }
      } else if (Character.isUpperCase(want.charAt(0)) && !Character.isUpperCase(got.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Two or more characters, no lower-case letter, at least one upper-case: {@code VN}, {@code G7}.
   */
  private static boolean isAllCaps(String s) {
    if (s.length() < 2) {
      return false;
    }
    boolean upper = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper |= Character.isUpperCase(c);
    }
    return upper;
  }
}
