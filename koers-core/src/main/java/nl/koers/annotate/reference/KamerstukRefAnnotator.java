package nl.koers.annotate.reference;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.document.AnnotationType;

/**
 * Citations of other Kamerstukken in every spelling real papers use — {@code Kamerstuk 21 501-02,
 * nr. 1446}, {@code Kamerstukken II 2024/25, 21 501-02, nr. 2958}, {@code Kamerstuk 21 501 02, nr.
 * 2234}, {@code Kamerstuk 36600 XVII, nr. 82}, {@code Kamerstuk 21501-20-2360}, {@code (22 181, nr.
 * 311)}, {@code Kamerstukken 21 501-20 en 21 501-02, nr. 2344}, {@code nrs. 12 en 13} — normalised
 * to kst-ids. The paper's own id is never a reference.
 */
public final class KamerstukRefAnnotator implements Annotator {
  /** A dossier number as written, with its suffix ({@code -02}, {@code 02}, {@code XVII}). */
  static final String DOSSIER =
      "\\d{2}[ .]?\\d{3}(?:\\s?[-–]\\s?\\d{2}(?![\\d])|\\s\\d{2}(?=,?\\s*nr)|\\s(?:[IVXLC]{1,6}|\\p{Lu})(?=[,\\s]))?";

  private static final String NUMBERS =
      ",?\\s*(?:nr|nrs|no)\\.?\\s*(?<n>\\d+[a-z]?(?![\\d]))(?<more>(?:\\s*(?:,|en|t/m)\\s*\\d+[a-z]?(?![\\d]))*)";

  /** {@code Kamerstuk(ken) [II] [2024/25,] DOSSIER [en DOSSIER], nr. N} */
  private static final Pattern CITED =
      Pattern.compile(
          "Kamerstu\\s?k(?:ken)?(?:\\s+I{1,2})?(?:\\s+\\d{4}\\s?[/–-]\\s?\\d{2,4},?)?\\s+(?<d>"
              + DOSSIER
              + ")(?:\\s+en\\s+(?<d2>"
              + DOSSIER
              + "))?"
              + NUMBERS);

  /** {@code Kamerstuk 21501-20-2360}, {@code Kamerstuk 21 501-02-2647}. */
  private static final Pattern COMPACT =
      Pattern.compile(
          "Kamerstu\\s?k(?:ken)?\\s+(?<d>\\d{2}\\s?\\d{3}-\\d{2})-(?<n>\\d+[a-z]?)(?![\\d-])");

  /** A bare {@code 22 181, nr. 311} in parentheses, a list, or after a motion's name. */
  private static final Pattern BARE =
      Pattern.compile(
          "(?<![\\d/,]\\s?)(?<![\\d])(?<d>"
              + DOSSIER
              + "),\\s*(?:nr|nrs)\\.\\s*(?<n>\\d+[a-z]?)(?![\\d])(?<more>(?:\\s*(?:,|en)\\s*\\d+[a-z]?(?![\\d]))*)");

  /** The running footer names the paper itself, not a reference. */
  private static final Pattern FOOTER_BEFORE =
      Pattern.compile("vergaderjaar \\d{4}\\s*[–-]\\s*\\d{4},\\s*$");

  @Override
  public String name() {
    return "kamerstuk-refs";
  }

  @Override
  public Set<String> requires() {
    return Set.of("header");
  }

  @Override
  public Set<String> produces() {
    return Set.of("kamerstuk-refs");
  }

  @Override
  public void annotate(AnnotatedText t) {
    String own = t.value(AnnotationType.DOC_ID);
    String text = t.text();
    java.util.BitSet covered = new java.util.BitSet(text.length());
    Matcher m = CITED.matcher(text);
    while (m.find()) {
      add(t, m.start(), m.end(), m.group("d"), m.group("n"), own);
      if (m.group("d2") != null) {
        add(t, m.start(), m.end(), m.group("d2"), m.group("n"), own);
      }
      more(t, m.start(), m.end(), m.group("d"), m.group("more"), own);
      covered.set(m.start(), m.end());
    }
    m = COMPACT.matcher(text);
    while (m.find()) {
      add(t, m.start(), m.end(), m.group("d"), m.group("n"), own);
      covered.set(m.start(), m.end());
    }
    m = BARE.matcher(text);
    while (m.find()) {
      if (covered.get(m.start("d"))) {
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - 40), m.start());
      if (FOOTER_BEFORE.matcher(before).find()) {
        continue;
      }
      add(t, m.start(), m.end(), m.group("d"), m.group("n"), own);
      more(t, m.start(), m.end(), m.group("d"), m.group("more"), own);
    }
  }

  private static void more(AnnotatedText t, int b, int e, String dossier, String more, String own) {
    if (more == null || more.isBlank()) {
      return;
    }
    Matcher n = Pattern.compile("\\d+[a-z]?").matcher(more);
    while (n.find()) {
      add(t, b, e, dossier, n.group(), own);
    }
  }

  private static void add(
      AnnotatedText t, int b, int e, String dossier, String number, String own) {
    String id = KstIds.of(KstIds.dossier(dossier), number);
    if (!id.equals(own)) {
      t.add(AnnotationType.KAMERSTUK_REF, b, e, id);
    }
  }
}
