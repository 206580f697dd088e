package nl.koers.annotate.metadata;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.document.AnnotationType;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;

/**
 * Who signed: ministers ({@code De Minister van Buitenlandse Zaken, S.A. Blok}), committee chairs
 * and clerks ({@code De voorzitter van de vaste commissie voor Defensie, Ten Broeke}), the
 * submitters listed under a motion or amendment, the minister in {@code Antwoord van minister
 * Rosenthal (Buitenlandse Zaken)}, and the members asking written questions. Each signatory's
 * annotation keeps the role it signed in as attribute {@code role}.
 */
public final class SignatureAnnotator implements Annotator {
  /** A role: the office, then only words a role is made of ({@code van}, {@code en}, capitals). */
  private static final String ROLE_WORDS =
      "(?:,?\\s+(?:en|van|voor|de|het|der|minister|staatssecretaris|minister-president|\\p{Lu}[\\p{L}&-]*))*";

  private static final Pattern MINISTER =
      Pattern.compile(
          "De (?<role>(?:[Mm]inister-[Pp]resident|[Mm]inister [Pp]resident|[Mm]inister|[Ss]taatssecretaris)"
              + ROLE_WORDS
              + "),\\s{0,6}(?<name>"
              + Names.SIGNATURE_NAME
              + ")");
  private static final Pattern COMMITTEE =
      Pattern.compile(
          "(?:De )?(?<role>(?:fungerend |waarnemend |wnd\\. )?(?:[Vv]oorzitter|[Gg]riffier|adjunct-griffier|[Aa]djunct-griffier)"
              + "(?: van de [^,\\n.]{3,120}?)?),\\s{0,6}(?<name>"
              + Names.SIGNATURE_NAME
              + ")");
  private static final Pattern ANSWERED_BY =
      Pattern.compile(
          "Antwoord van (?:de )?(?<role>[Mm]inister|[Ss]taatssecretaris) (?:van |voor )?(?<name>"
              + Names.SURNAME
              + "(?:\\s"
              + Names.WORD
              + ")?)\\s*\\((?<dept>[^)]{3,80})\\)");
  private static final Pattern ASKED_BY =
      Pattern.compile(
          "^\\s*Vragen van (?:het lid|de leden) (?<names>[^\\n]{0,400}?)\\s+aan\\s+(?:de|het)\\s");
  private static final Pattern MEMBER_IN_LIST =
      Pattern.compile("(?<name>" + Names.SURNAME + ")(?:\\s*\\([^)]{1,30}\\))?");
  private static final Pattern NAME_ONLY = Pattern.compile(Names.SIGNATURE_NAME);
  private static final Pattern MOTION_END = Pattern.compile("gaat over tot de orde van de dag");

  @Override
  public String name() {
    return "signatures";
  }

  @Override
  public Set<String> requires() {
    return Set.of("kind");
  }

  @Override
  public Set<String> produces() {
    return Set.of("signatures");
  }

  @Override
  public void annotate(AnnotatedText t) {
    String kind = t.value(AnnotationType.KIND);
    if ("motie".equals(kind) || "amendement".equals(kind)) {
      submitters(t);
      return;
    }
    String text = t.text();
    Matcher answered = ANSWERED_BY.matcher(text);
    answered.region(0, Math.min(text.length(), 2000));
    if (answered.find()) {
      String role = answered.group("role") + " van " + answered.group("dept").strip();
      add(t, answered, role);
    }
    if ("schriftelijke-vragen".equals(kind)) {
      askers(t);
    }
    int lastEnd = -1;
    for (Pattern p : List.of(MINISTER, COMMITTEE)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (startsSignature(text, m.start(), lastEnd)) {
          add(t, m, m.group("role").strip());
          lastEnd = m.end();
        }
      }
    }
  }

  /** A signature starts a line, follows a finished sentence, or follows another signature. */
  private static boolean startsSignature(String text, int at, int lastEnd) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0 || text.charAt(i) == '\n' || i + 1 == lastEnd || i < lastEnd && lastEnd <= at) {
      return true;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == ':';
  }

  private static void add(AnnotatedText t, Matcher m, String role) {
    t.add(
        AnnotationType.SIGNATORY,
        m.start("name"),
        m.end("name"),
        m.group("name").strip(),
        Map.of("role", role));
  }

  /** The names listed after a motion's closing formula, or at the end of an amendment. */
  private static void submitters(AnnotatedText t) {
    List<Segment> blocks =
        t.segments().stream()
            .filter(s -> s.type().isPassage())
            .filter(s -> s.type() != SegmentType.FOOTNOTE)
            .toList();
    int from = blocks.size();
    while (from > 0 && isNameOnly(t.quote(blocks.get(from - 1)))) {
      from--;
    }
    if (from == blocks.size()) {
      return;
    }
    boolean afterFormula = from > 0 && MOTION_END.matcher(t.quote(blocks.get(from - 1))).find();
    if (!afterFormula && !"amendement".equals(t.value(AnnotationType.KIND))) {
      return;
    }
    for (int i = from; i < blocks.size(); i++) {
      Segment s = blocks.get(i);
      String name = t.quote(s).strip();
      t.add(
          AnnotationType.SIGNATORY,
          s.span().begin(),
          s.span().begin() + name.length(),
          name,
          Map.of("role", "indiener"));
    }
  }

  private static boolean isNameOnly(String block) {
    String b = block.strip();
    return b.length() <= 50 && NAME_ONLY.matcher(b).matches();
  }

  /** The members who put written questions: {@code Vragen van de leden A (X), B (Y) en C (Z)}. */
  private static void askers(AnnotatedText t) {
    Matcher m = ASKED_BY.matcher(t.text());
    if (!m.find()) {
      return;
    }
    int base = m.start("names");
    Matcher n = MEMBER_IN_LIST.matcher(m.group("names"));
    while (n.find()) {
      t.add(
          AnnotationType.SIGNATORY,
          base + n.start("name"),
          base + n.end("name"),
          n.group("name"),
          Map.of("role", "vragensteller"));
    }
  }
}
