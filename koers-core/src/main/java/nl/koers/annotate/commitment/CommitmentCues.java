package nl.koers.annotate.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.koers.data.DataFile;

/**
 * The documented data of commitments, read once: actors ({@code actors.tsv}), trigger words ({@code
 * triggers.tsv}), exclusion cues ({@code exclusions.tsv}), due moments ({@code due-moments.txt})
 * and the participles of agentless commitments ({@code passive-actions.txt}). Immutable,
 * thread-safe.
 */
final class CommitmentCues {
  /** Phrase (lower case) → normalised actor, longest first. */
  static final Map<String, String> ACTORS = byLengthDesc(tsv("actors.tsv"));

  /** Trigger word(s) → kind. */
  static final Map<String, String> TRIGGERS = tsv("triggers.tsv");

  private static final Map<String, List<String>> EXCLUSIONS = grouped("exclusions.tsv");

  /** "de minister van Buitenlandse Zaken", "de staatssecretaris voor Europese Zaken". */
  static final String MINISTER =
      "(?i:de\\s(?:minister|staatssecretaris))\\s(?:van|voor)\\s\\p{Lu}[\\p{L}-]*"
          + "(?:\\s(?:en\\s)?\\p{Lu}[\\p{L}-]*){0,4}";

  /** A government actor as a regex group {@code actor}. */
  static final String ACTOR =
      "(?<actor>"
          + MINISTER
          + "|(?i:"
          + ACTORS.keySet().stream()
              .map(p -> Pattern.quote(p).replace(" ", "\\E\\s{1,3}\\Q"))
              .collect(Collectors.joining("|"))
          + "))(?![\\p{L}-])";

  /** Any due moment, as a regex alternation (case-insensitive). */
  static final String DUE =
      "(?i:"
          + String.join(
              "|",
              DataFile.lines(CommitmentCues.class, "due-moments.txt").stream()
                  .map(l -> "(?:" + l + ")")
                  .toList())
          + ")";

  static final Pattern DUE_PATTERN = Pattern.compile(DUE);

  static final String PASSIVE_ACTIONS =
      String.join("|", DataFile.lines(CommitmentCues.class, "passive-actions.txt"));

  private CommitmentCues() {}

  static List<String> exclusions(String kind) {
    return EXCLUSIONS.getOrDefault(kind, List.of());
  }

  /** Whether {@code lower} holds one of the cues of a kind as whole words. */
  static boolean has(String kind, String lower) {
    for (String cue : exclusions(kind)) {
      int i = lower.indexOf(cue);
      while (i >= 0) {
        boolean startOk = i == 0 || !Character.isLetter(lower.charAt(i - 1));
        int e = i + cue.length();
        boolean endOk = e >= lower.length() || !Character.isLetter(lower.charAt(e));
        if (startOk && endOk) {
          return true;
        }
        i = lower.indexOf(cue, i + 1);
      }
    }
    return false;
  }

  private static Map<String, String> tsv(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : DataFile.lines(CommitmentCues.class, name)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(name + ": expected two tab-separated fields: " + line);
      }
      out.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
    }
    return out;
  }

  private static Map<String, List<String>> grouped(String name) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : tsvKeyedBySecond(name)) {
      out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    }
    return out;
  }

  private static List<Map.Entry<String, String>> tsvKeyedBySecond(String name) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String line : DataFile.lines(CommitmentCues.class, name)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(name + ": expected two tab-separated fields: " + line);
      }
      out.add(Map.entry(f[0].strip(), f[1].strip().toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  private static Map<String, String> byLengthDesc(Map<String, String> m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
