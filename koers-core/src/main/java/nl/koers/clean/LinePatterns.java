package nl.koers.clean;

import java.util.regex.Pattern;

/** Line shapes the cleaner recognises in parliamentary papers. */
final class LinePatterns {
  /** {@code Tweede Kamer, vergaderjaar 2020–2021, 21 501-02, nr. 2244 4}: the running footer. */
  static final Pattern PAGE_FOOTER =
      Pattern.compile(
          "Tweede Kamer, vergaderjaar \\d{4}\\s*[–-]\\s*\\d{4}, [^\\n]{3,60}?,? nr\\. ?\\d+[a-z]?"
              + "(?:\\s+\\d{1,4})?\\s*");

  /** A lone page number. */
  static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");

  /** A footnote line: its number, a space, and text that starts like a sentence or a link. */
  static final Pattern FOOTNOTE =
      Pattern.compile("(\\d{1,3})\\s+(?=[\\p{Lu}(«\"‘“]|www\\.|https?:)\\S.*");

  static final Pattern STARTS_WITH_MONTH =
      Pattern.compile(
          "\\d{1,3}\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
              + "|november|december|procent|miljoen|miljard|uur|jaar|dagen|weken|maanden)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The start of a list item or a numbered point. */
  static final Pattern LIST_START =
      Pattern.compile("(?:[•·▪◦●*–-]\\s|\\d{1,2}[.)]\\s|[IVX]{1,5}\\.\\s|\\(?[a-z]\\)\\s).*");

  /** A numbered point ({@code 3. Gezien de ...}). */
  static final Pattern NUMBERED_POINT = Pattern.compile("\\d{1,2}\\.\\s+\\S.*");

  /** Lines of a paper's header and signature that always stand alone. */
  /** Header lines (dossier and number) that stand alone only near the top of a paper. */
  static final Pattern HEADER_LINE =
      Pattern.compile(
          "(?:\\d{2} ?\\d{3}(?:[ -–]\\S{1,5})?(?: \\p{Lu}.*)?|[Nn]r\\. ?\\d+[a-z]?(?: \\p{Lu}.*)?)");

  /** How many lines from the top a header line may be. */
  static final int HEADER_LINES = 40;

  static final Pattern STANDALONE =
      Pattern.compile(
          "(?:Aan de [Vv]oorzitter van de .*"
              + "|(?:Den Haag|['’]s-Gravenhage|Brussel),? \\d{1,2}\\s?\\p{L}+\\.? \\d{4}"
              + "|(?:Vastgesteld|Voorgesteld|Ontvangen|Ingezonden)\\b.{0,80}\\d{4}"
              + "|Tweede Kamer der Staten-Generaal.*|Vergaderjaar \\d{4}.*"
              + "|(?:De|de) (?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident|"
              + "(?:fungerend |waarnemend )?(?:[Vv]oorzitter|[Gg]riffier|adjunct-griffier))\\b[^.]{0,120},"
              + "|(?:Vraag|Antwoord)(?: \\d+)?|Zeer geachte .*|Hoogachtend,?)");

  private LinePatterns() {}
}
