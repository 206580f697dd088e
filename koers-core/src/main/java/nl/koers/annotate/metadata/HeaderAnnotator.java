package nl.koers.annotate.metadata;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.annotate.reference.KstIds;
import nl.koers.document.AnnotationType;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;

/**
 * Reads a Kamerstuk header: the dossier line ({@code 21 501-02 Raad Algemene Zaken en Raad
 * Buitenlandse Zaken}), the number line ({@code Nr. 2976}) and the heading after it. Falls back to
 * a page footer ({@code Tweede Kamer, vergaderjaar 2020–2021, 21 501-02, nr. 2244}) for the dossier
 * and number. Produces a kst-id only when the text gives both.
 */
public final class HeaderAnnotator implements Annotator {
  private static final Pattern DOSSIER_LINE =
      Pattern.compile(
          "(?<d>\\d{2} ?\\d{3}(?:\\s?[-–]\\s?\\d{2}|\\s[IVXLC]{1,6}(?![\\p{L}])|\\s\\p{Lu}(?=\\s|$))?)"
              + "(?:\\s*\\|)?(?:\\s+(?<title>\\S.*))?");
  private static final Pattern NUMBER_LINE =
      Pattern.compile(
          "[Nn]r\\.\\s?(?<n>\\d+[a-z]?)(?![\\d\\p{L}])(?:\\s+(?<rest>[\\p{Lu}\\p{Lt}].*))?\\s*",
          Pattern.DOTALL);
  private static final Pattern FOOTER =
      Pattern.compile(
          "vergaderjaar \\d{4}\\s*[–-]\\s*\\d{4}, (?<d>\\d{2} ?\\d{3}(?:\\s?[-–]\\s?\\d{2}|\\s[IVXLC]{1,6}|\\s\\p{Lu})?),? nr\\. ?(?<n>\\d+[a-z]?)");
  private static final Pattern NOISE =
      Pattern.compile(
          "(?:Tweede Kamer der Staten-Generaal|Vergaderjaar|Eerste Kamer)[^\\n]*|\\d{1,3}|\\|.*");

  private static final Pattern KIND_HEADING =
      Pattern.compile(
          "\\s*(?<h>(?:INBRENG )?(?:VERSLAG VAN EEN (?:SCHRIFTELIJK|ALGEMEEN) OVERLEG|VERSLAG VAN EEN COMMISSIEDEBAT"
              + "|MOTIE VAN (?:HET LID|DE LEDEN) [^\\n]+?|AMENDEMENT VAN (?:HET LID|DE LEDEN) [^\\n]+?"
              + "|LIJST VAN VRAGEN EN ANTWOORDEN|GEANNOTEERDE AGENDA[^\\n]*?))(?=\\s+\\p{Lu}\\p{Ll}|\\s*\\n|$)");

  /** How far into a paper its header may reach. */
  private static final int HEADER_ZONE = 4000;

  @Override
  public String name() {
    return "header";
  }

  @Override
  public Set<String> requires() {
    return Set.of("paragraphs");
  }

  @Override
  public Set<String> produces() {
    return Set.of("header");
  }

  @Override
  public void annotate(AnnotatedText t) {
    List<Segment> blocks =
        t.segments().stream()
            .filter(s -> s.type() != SegmentType.SENTENCE && s.type() != SegmentType.FOOTNOTE_REF)
            .filter(s -> s.span().begin() < HEADER_ZONE)
            .filter(s -> s.type() != SegmentType.PAGE_FOOTER && s.type() != SegmentType.FOOTNOTE)
            .limit(10)
            .toList();
    int dossierAt = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Segment s = blocks.get(i);
      String q = t.quote(s);
      if (NOISE.matcher(q).matches()) {
        continue;
      }
      Matcher number = NUMBER_LINE.matcher(q);
      if (number.matches()) {
        if (dossierAt < 0) {
          break;
        }
        int b = s.span().begin();
        t.add(AnnotationType.NUMBER, b + number.start("n"), b + number.end("n"), number.group("n"));
        String dossier = t.value(AnnotationType.DOSSIER);
        if (dossier != null) {
          t.add(
              AnnotationType.DOC_ID,
              b + number.start("n"),
              b + number.end("n"),
              KstIds.of(dossier, number.group("n")));
        }
        if (number.group("rest") != null && !number.group("rest").isBlank()) {
          heading(t, b + number.start("rest"), number.group("rest"));
        } else if (i + 1 < blocks.size()) {
          heading(t, blocks.get(i + 1).span().begin(), t.quote(blocks.get(i + 1)));
        }
        return;
      }
      if (dossierAt < 0) {
        Matcher d = DOSSIER_LINE.matcher(q);
        if (d.matches() && looksLikeHeader(t, blocks, i)) {
          dossierAt = i;
          int b = s.span().begin();
          t.add(
              AnnotationType.DOSSIER,
              b + d.start("d"),
              b + d.end("d"),
              KstIds.dossier(d.group("d")));
          if (d.group("title") != null) {
            String title = d.group("title").strip();
            t.add(
                AnnotationType.DOSSIER_TITLE,
                b + d.start("title"),
                b + d.start("title") + title.length(),
                title);
          } else if (i + 1 < blocks.size()
              && !NUMBER_LINE.matcher(t.quote(blocks.get(i + 1))).matches()) {
            Segment next = blocks.get(i + 1);
            String title = firstLine(t.quote(next));
            t.add(
                AnnotationType.DOSSIER_TITLE,
                next.span().begin(),
                next.span().begin() + title.length(),
                title);
          }
        }
      }
    }
    if (t.value(AnnotationType.DOSSIER) == null) {
      fromFooter(t);
    }
    if (t.value(AnnotationType.HEADING) == null) {
      openingHeading(t);
    }
  }

  /**
   * A paper without a number line may still open with a heading that names its kind ({@code INBRENG
   * VERSLAG VAN EEN SCHRIFTELIJK OVERLEG}); a title that only describes its subject is not a
   * heading.
   */
  private static void openingHeading(AnnotatedText t) {
    Matcher m = KIND_HEADING.matcher(t.text());
    if (m.lookingAt()) {
      t.add(AnnotationType.HEADING, m.start("h"), m.end("h"), m.group("h"));
    }
  }

  /** A dossier line counts only when a number line follows within a few blocks. */
  private static boolean looksLikeHeader(AnnotatedText t, List<Segment> blocks, int i) {
    for (int k = i + 1; k < Math.min(blocks.size(), i + 5); k++) {
      if (NUMBER_LINE.matcher(t.quote(blocks.get(k))).matches()) {
        return true;
      }
    }
    return false;
  }

  private static void fromFooter(AnnotatedText t) {
    for (Segment s : t.segments(SegmentType.PAGE_FOOTER)) {
      Matcher m = FOOTER.matcher(t.quote(s));
      if (m.find()) {
        int b = s.span().begin();
        String dossier = KstIds.dossier(m.group("d"));
        t.add(AnnotationType.DOSSIER, b + m.start("d"), b + m.end("d"), dossier);
        t.add(AnnotationType.NUMBER, b + m.start("n"), b + m.end("n"), m.group("n"));
        t.add(AnnotationType.DOC_ID, b + m.start(), b + m.end(), KstIds.of(dossier, m.group("n")));
        return;
      }
    }
  }

  /** Records the heading: an upper-case heading ends where lower-case text begins. */
  private static void heading(AnnotatedText t, int begin, String text) {
    String line = firstLine(text);
    String heading = line;
    if (line.length() > 1
        && Character.isUpperCase(line.charAt(0))
        && Character.isUpperCase(line.charAt(1))) {
      int end = 0;
      int i = 0;
      while (i < line.length()) {
        int space = line.indexOf(' ', i);
        int tokenEnd = space < 0 ? line.length() : space;
        String token = line.substring(i, tokenEnd);
        if (!token.equals(token.toUpperCase(java.util.Locale.ROOT))) {
          break;
        }
        end = tokenEnd;
        i = tokenEnd + 1;
      }
      heading = line.substring(0, end).strip();
    }
    if (!heading.isEmpty()) {
      t.add(AnnotationType.HEADING, begin, begin + heading.length(), heading);
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
