package nl.koers.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds running headers and footers in a PDF: lines at the top or bottom of a page that recur,
 * digits aside, on most pages ({@code Pagina 2 van 5}, a letterhead, a date line). The
 * parliamentary footer ({@code Tweede Kamer, vergaderjaar …}) is left in: the cleaner knows it and
 * it names the paper.
 */
final class RunningLines {
  private static final int TOP = 2;
  private static final int BOTTOM = 3;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private RunningLines() {}

  /** Joins the pages into one text, without their running lines. */
  static String join(List<String> pages) {
    List<List<String>> lines = new ArrayList<>();
    for (String page : pages) {
      lines.add(List.of(page.split("\n", -1)));
    }
    Set<String> running = running(lines);
    StringBuilder out = new StringBuilder();
    for (List<String> page : lines) {
      Set<Integer> edge = edgeIndexes(page);
      for (int i = 0; i < page.size(); i++) {
        String line = page.get(i);
        if (edge.contains(i) && running.contains(key(line)) && !isParliamentaryFooter(line)) {
          continue;
        }
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static Set<String> running(List<List<String>> pages) {
    if (pages.size() < 2) {
      return Set.of();
    }
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> page : pages) {
      Set<String> seen = new HashSet<>();
      for (int i : edgeIndexes(page)) {
        String k = key(page.get(i));
        if (!k.isEmpty() && !k.equals("#") && seen.add(k)) {
          counts.merge(k, 1, Integer::sum);
        }
      }
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    Set<String> running = new HashSet<>();
    counts.forEach(
        (k, n) -> {
          if (n >= needed) {
            running.add(k);
          }
        });
    return running;
  }

  /** Indexes of the first and last non-blank lines of a page. */
  private static Set<Integer> edgeIndexes(List<String> page) {
    Set<Integer> edge = new HashSet<>();
    int found = 0;
    for (int i = 0; i < page.size() && found < TOP; i++) {
      if (!page.get(i).isBlank()) {
        edge.add(i);
        found++;
      }
    }
    found = 0;
    for (int i = page.size() - 1; i >= 0 && found < BOTTOM; i--) {
      if (!page.get(i).isBlank()) {
        edge.add(i);
        found++;
      }
    }
    return edge;
  }

  private static String key(String line) {
    return SPACES.matcher(DIGITS.matcher(line.strip()).replaceAll("#")).replaceAll(" ");
  }

  private static boolean isParliamentaryFooter(String line) {
    return line.strip().startsWith("Tweede Kamer, vergaderjaar");
  }
}
