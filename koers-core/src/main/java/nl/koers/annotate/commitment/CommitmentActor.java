package nl.koers.annotate.commitment;

import java.util.Locale;
import java.util.Set;

/**
 * Who speaks in a paper and who commits in a sentence. Government papers (letters, annotated
 * agendas, answers to questions, Council reports, explanatory memoranda) speak for the government;
 * motions, amendments, written questions, committee reports and Council conclusions do not — in
 * those only a recorded promise ({@code De minister zegt toe …}) is a commitment. An actor phrase
 * is normalised with {@code actors.tsv}: {@code ik} and a bare {@code de minister} become the
 * signatory's role ({@code minister van Buitenlandse Zaken}). Stateless.
 */
final class CommitmentActor {
  private static final Set<String> NOT_GOVERNMENT =
      Set.of(
          "motie",
          "amendement",
          "schriftelijke-vragen",
          "verslag-schriftelijk-overleg",
          "verslag-algemeen-overleg",
          "verslag-commissiedebat",
          "raadsconclusies");

  private CommitmentActor() {}

  /**
   * Whether a paper of this kind speaks for the government. Unknown and {@code other} papers are
   * assumed to (a letter without its Kamerstuk header is still a letter); the exclusion cues keep
   * members' questions out of them.
   */
  static boolean governmentSpeaks(String kind) {
    return kind == null || !NOT_GOVERNMENT.contains(kind);
  }

  /**
   * The normalised actor of a phrase as written ({@code Het kabinet}, {@code ik}, {@code de
   * Minister van Defensie}), with {@code authorRole} the paper's author role or null.
   */
  static String normalise(String phrase, String authorRole) {
    String p = phrase.strip().replaceAll("\\s+", " ");
    String lower = p.toLowerCase(Locale.ROOT);
    String mapped = CommitmentCues.ACTORS.get(lower);
    if (mapped != null) {
      return "@author".equals(mapped) ? signatory(authorRole) : mapped;
    }
    if (lower.startsWith("de minister ") || lower.startsWith("de staatssecretaris ")) {
      String rest = p.substring(3);
      int space = rest.indexOf(' ');
      return rest.substring(0, space).toLowerCase(Locale.ROOT) + rest.substring(space);
    }
    return lower;
  }

  /**
   * The one role behind "ik": {@code ministers van Buitenlandse Zaken en van Defensie} → {@code
   * minister van Buitenlandse Zaken}; {@code minister en staatssecretaris van Defensie} → {@code
   * minister van Defensie}; {@code minister-president, minister van Algemene Zaken} → {@code
   * minister-president}; unknown → {@code minister}.
   */
  static String signatory(String authorRole) {
    if (authorRole == null || authorRole.isBlank()) {
      return "minister";
    }
    String r = authorRole.strip();
    int comma = r.indexOf(',');
    if (comma > 0) {
      r = r.substring(0, comma);
    }
    String lower = r.toLowerCase(Locale.ROOT);
    if (lower.startsWith("minister en staatssecretaris ")) {
      return "minister " + r.substring("minister en staatssecretaris ".length());
    }
    if (lower.startsWith("ministers ")) {
      r = "minister " + r.substring("ministers ".length());
      int and = r.indexOf(" en ");
      if (and > 0) {
        r = r.substring(0, and);
      }
    }
    return r;
  }
}
