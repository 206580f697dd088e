package nl.koers.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores extraction records against gold lines as ../shared/corpus/README.md defines: accuracy per
 * scalar field (null = null is correct; a value where gold has null is wrong), and multiset
 * precision/recall/F1 per list field (meetings by date, motions by member + kst, requests by member
 * + date). A list field is scored only on gold lines that have it.
 */
public final class Evaluator {
  public static final List<String> SCALARS =
      List.of("id", "dossier", "dossier_title", "number", "heading", "kind", "author_role", "date");
  public static final List<String> LISTS =
      List.of("signatories", "kamerstuk_refs", "meetings", "motions", "requests", "other_refs");

  /** One wrong value: the file, the field, what gold says and what was extracted. */
  public record Miss(String file, String field, String gold, String got) {}

  /** All field scores and every miss. */
  public record Report(Map<String, FieldScore> scores, List<Miss> misses, int documents) {
    /** The mean accuracy over all scalar fields. */
    public double scalarAccuracy() {
      int correct = 0;
      int total = 0;
      for (String f : SCALARS) {
        FieldScore s = scores.get(f);
        correct += s.correct();
        total += s.total();
      }
      return total == 0 ? 1.0 : (double) correct / total;
    }
  }

  /**
   * @param gold gold lines, each with a {@code file}
   * @param extracted extraction records by file name (as {@link ExtractionRecord#of} makes them,
   *     converted to JSON trees)
   */
  public Report evaluate(List<JsonNode> gold, Map<String, JsonNode> extracted) {
    Map<String, int[]> scalar = new LinkedHashMap<>();
    Map<String, int[]> lists = new LinkedHashMap<>();
    SCALARS.forEach(f -> scalar.put(f, new int[2]));
    LISTS.forEach(f -> lists.put(f, new int[3]));
    List<Miss> misses = new ArrayList<>();
    for (JsonNode g : gold) {
      String file = g.path("file").asText();
      JsonNode got = extracted.get(file);
      for (String f : SCALARS) {
        if (!g.has(f)) {
          continue;
        }
        String want = text(g.get(f));
        String have = got == null ? null : text(got.get(f));
        boolean ok =
            f.equals("author_role")
                ? Objects.equals(lower(want), lower(have))
                : Objects.equals(norm(want), norm(have));
        int[] s = scalar.get(f);
        s[1]++;
        if (ok) {
          s[0]++;
        } else {
          misses.add(new Miss(file, f, want, have));
        }
      }
      for (String f : LISTS) {
        if (!g.has(f)) {
          continue;
        }
        List<String> want = keys(f, g.get(f));
        List<String> have = got == null ? List.of() : keys(f, got.get(f));
        int tp = overlap(want, have);
        int[] s = lists.get(f);
        s[0] += tp;
        s[1] += have.size();
        s[2] += want.size();
        if (tp != want.size() || tp != have.size()) {
          misses.add(new Miss(file, f, want.toString(), have.toString()));
        }
      }
    }
    Map<String, FieldScore> scores = new LinkedHashMap<>();
    scalar.forEach((f, s) -> scores.put(f, new FieldScore(f, false, s[0], s[1], 0, 0, 0)));
    lists.forEach((f, s) -> scores.put(f, new FieldScore(f, true, 0, 0, s[0], s[1], s[2])));
    return new Report(scores, misses, gold.size());
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static String norm(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }

  private static String lower(String s) {
    return s == null ? null : norm(s).toLowerCase(Locale.ROOT);
  }

  /** The comparable key of each list item. */
  static List<String> keys(String field, JsonNode list) {
    List<String> out = new ArrayList<>();
    if (list == null || !list.isArray()) {
      return out;
    }
    for (JsonNode item : list) {
      out.add(
          switch (field) {
            case "meetings" -> String.valueOf(text(item.get("date")));
            case "motions" -> text(item.get("member")) + "|" + text(item.get("kst"));
            case "requests" -> text(item.get("member")) + "|" + text(item.get("date"));
            default -> norm(text(item));
          });
    }
    return out;
  }

  private static int overlap(List<String> want, List<String> have) {
    Map<String, Integer> counts = new HashMap<>();
    want.forEach(w -> counts.merge(w, 1, Integer::sum));
    int tp = 0;
    for (String h : have) {
      Integer c = counts.get(h);
      if (c != null && c > 0) {
        tp++;
        counts.put(h, c - 1);
      }
    }
    return tp;
  }
}
