package nl.koers.annotate.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.annotate.metadata.Names;
import nl.koers.document.AnnotationType;

/**
 * Motions a paper refers to, in the forms real papers use: {@code motie van het lid Ploumen c.s.
 * (Kamerstuk 35 570 V, nr. 42)}, {@code moties van de leden Van Helvert en Voordewind (…) en van
 * het lid Karabulut (…)}, {@code motie Brekelmans}, {@code motie-Sjoerdsma c.s.}, {@code Motie
 * Hoogeveen c.s. 21 501-20, nr. 2344}, {@code de motie over Soedan van het lid Dobbe}, {@code het
 * lid Jasper van Dijk (Kamerstuk 35 663, nr.19)} in a list of motions, {@code de door het lid X
 * ingediende motie}, {@code de moties Dobbe en Van der Brug} (two motions), {@code de motie
 * (Kamerstuk 21 501-20, nr. 1234)} (no member named) and {@code de moties nrs. 225 en 298} (number
 * only: the dossier is the one named earlier in the sentence, else the paper's own). Each gets its
 * first submitter as written (without a first name; null when the text names none) and, when the
 * text gives it, the motion's kst-id (attribute {@code kst}); one motion per number in {@code nrs.
 * 225 en 298}.
 */
public final class MotionAnnotator implements Annotator {
  private static final String FIRST_NAME =
      "(?:(?!(?:Van|De|Den|Der|Ten|Ter|Von|In|Het|La|Le)\\s)\\p{Lu}\\p{Ll}+\\s+"
          + "(?=(?:van|de|den|der|ten|ter)\\s+\\p{Lu}|\\p{Lu}\\p{Ll}))?";
  private static final String MEMBER = "(?<member>" + Names.SURNAME + ")";
  private static final String CO =
      "(?<co>(?:\\s+c\\.s\\.)?(?:\\s*(?:,|en)\\s+(?!van )" + Names.SURNAME + "(?:\\s+c\\.s\\.)?)*)";
  private static final String DOSSIER = KamerstukRefAnnotator.DOSSIER;
  private static final String NUMBER_LIST = "\\d+[a-z]?(?:\\s*(?:,|en)\\s*\\d+[a-z]?)*";
  private static final String REF =
      "(?:\\s*\\((?<ref>[^()]{3,80})\\)|\\s+(?<bare>(?:Kamerstuk(?:ken)?\\s+)?"
          + DOSSIER
          + ",?\\s*nrs?\\.\\s*"
          + NUMBER_LIST
          + "))?";
  private static final String LID = "(?:het\\s+lid|de\\s+leden)\\s+";

  /**
   * The motion keyword and its first submitter: right after it ({@code motie Brekelmans}, {@code
   * motie-Van Dijk}) or after {@code van het lid}, possibly with a few words between ({@code de
   * motie over Soedan van het lid Dobbe}).
   */
  private static final Pattern MOTION =
      Pattern.compile(
          "(?<![\\p{L}])(?<kw>[Mm]oties?|MOTIES?)(?:-|(?<lid>\\s+(?:[^.;:()\\n]{1,60}?\\s+)?van\\s+"
              + LID
              + FIRST_NAME
              + ")|\\s+)"
              + MEMBER
              + CO
              + REF);

  /** {@code de door het lid Jasper van Dijk ingediende motie (…)}: the member before the word. */
  private static final Pattern MEMBER_FIRST =
      Pattern.compile(
          "(?<![\\p{L}])(?:door\\s+)?"
              + LID
              + FIRST_NAME
              + MEMBER
              + CO
              + "\\s+(?:\\p{Ll}+\\s+){0,2}(?:ingediende|aangenomen|gewijzigde|aangehouden)\\s+(?<kw>moties?)"
              + REF);

  /**
   * A further submitter in a list: {@code en van het lid X (ref)} or {@code en Jasper van Dijk
   * (ref)}.
   */
  private static final Pattern NEXT =
      Pattern.compile(
          "^\\s*(?:,|en)\\s+(?:(?<lid>(?:van\\s+)?"
              + LID
              + ")"
              + FIRST_NAME
              + MEMBER
              + CO
              + REF
              + "|"
              + FIRST_NAME
              + "(?<member2>"
              + Names.SURNAME
              + ")(?:\\s+c\\.s\\.)?\\s*\\((?<ref2>[^()]{3,80})\\))");

  /** A motion named only by its reference: {@code de motie (Kamerstuk 21 501-20, nr. 1234)}. */
  private static final Pattern UNNAMED =
      Pattern.compile(
          "(?<![\\p{L}])(?<kw>[Mm]oties?)(?![\\p{L}-])(?<gap>[^.;:()\\n]{0,80}?)"
              + "(?:\\s*\\((?<ref>(?:Kamerstuk(?:ken)?\\s+)?"
              + DOSSIER
              + ",?\\s*nrs?\\.\\s*"
              + NUMBER_LIST
              + ")\\)|\\s+(?<bare>Kamerstuk(?:ken)?\\s+"
              + DOSSIER
              + ",?\\s*nrs?\\.\\s*"
              + NUMBER_LIST
              + "))");

  /** Motions by number only: {@code de moties nrs. 225 en 298}, {@code motie nr. 12}. */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?<![\\p{L}])[Mm]oties?\\s+(?:met\\s+)?(?:de\\s+)?(?:nummers?|nrs?\\.)\\s*(?<nums>"
              + NUMBER_LIST
              + ")(?:\\s*\\((?:Kamerstuk(?:ken)?\\s+)?(?<d>"
              + DOSSIER
              + ")\\))?");

  private static final Pattern REF_IN_TEXT =
      Pattern.compile(
          "(?:Kamerstu\\s?k(?:ken)?\\s+(?:I{1,2}\\s+)?(?:\\d{4}\\s?[/–-]\\s?\\d{2,4},?\\s+)?)?(?:(?<d>"
              + DOSSIER
              + "),?\\s*)?nrs?\\.\\s*(?<n>"
              + NUMBER_LIST
              + ")|(?<d2>\\d{2}\\s?\\d{3}-\\d{2})-(?<n2>\\d+)");

  private static final Pattern DOSSIER_IN_SENTENCE =
      Pattern.compile("(?:Kamerstuk(?:ken)?|dossier)\\s+(?:II\\s+)?(?<d>" + DOSSIER + ")");

  private static final Pattern ONE_NUMBER = Pattern.compile("\\d+[a-z]?");

  /** Words that follow "motie" but are not a member's name. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "De",
          "Het",
          "Een",
          "Die",
          "Deze",
          "Dit",
          "Op",
          "In",
          "Over",
          "Ter",
          "Zoals",
          "Van",
          "Kamerstuk",
          "Kamerstukken",
          "Tweede",
          "Eerste",
          "Kamer",
          "Nr",
          "Nrs");

  @Override
  public String name() {
    return "motions";
  }

  @Override
  public Set<String> requires() {
    return Set.of("header", "kamerstuk-refs");
  }

  @Override
  public Set<String> produces() {
    return Set.of("motions");
  }

  @Override
  public void annotate(AnnotatedText t) {
    String text = t.text();
    List<int[]> taken = new ArrayList<>();
    for (Pattern p : List.of(MOTION, MEMBER_FIRST)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (NOT_NAMES.contains(m.group("member")) || overlaps(taken, m.start(), m.end())) {
          continue;
        }
        named(t, m, p == MOTION);
        int end = m.end();
        Matcher next = NEXT.matcher(text);
        next.region(end, Math.min(text.length(), end + 200));
        while (next.lookingAt()) {
          if (next.group("member") != null) {
            named(t, next, false);
          } else {
            String member = next.group("member2");
            for (String kst : ksts(t, next.group("ref2"), next.start())) {
              add(t, next.start("member2"), next.end(), member, kst);
            }
          }
          end = next.end();
          next.region(end, Math.min(text.length(), end + 200));
        }
        taken.add(new int[] {m.start(), end});
      }
    }
    Matcher u = UNNAMED.matcher(text);
    while (u.find()) {
      if (overlaps(taken, u.start(), u.end())
          || u.group("gap").matches("(?s).*\\b(?:lid|leden)\\b.*")) {
        continue;
      }
      String ref = u.group("ref") != null ? u.group("ref") : u.group("bare");
      for (String kst : ksts(t, ref, u.start())) {
        add(t, u.start(), u.end(), null, kst);
      }
      taken.add(new int[] {u.start(), u.end()});
    }
    Matcher n = NUMBERED.matcher(text);
    while (n.find()) {
      if (overlaps(taken, n.start(), n.end())) {
        continue;
      }
      String dossier =
          n.group("d") != null ? KstIds.dossier(n.group("d")) : contextDossier(t, n.start());
      if (dossier == null) {
        continue;
      }
      Matcher one = ONE_NUMBER.matcher(n.group("nums"));
      while (one.find()) {
        add(t, n.start(), n.end(), null, KstIds.of(dossier, one.group()));
      }
      taken.add(new int[] {n.start(), n.end()});
    }
  }

  /**
   * One motion per number its reference gives; after plural {@code moties} followed by bare names
   * ({@code moties Dobbe en Van der Brug}) each name is a motion of its own.
   */
  private static void named(AnnotatedText t, Matcher m, boolean keywordFirst) {
    String member = m.group("member");
    String ref = m.group("ref") != null ? m.group("ref") : m.group("bare");
    boolean plural = keywordFirst && m.group("kw").toLowerCase(java.util.Locale.ROOT).endsWith("s");
    boolean list = plural && m.group("lid") == null && !m.group("co").isBlank();
    if (list) {
      Matcher names = Pattern.compile(Names.SURNAME).matcher(m.group("co"));
      List<String> all = new ArrayList<>(List.of(member));
      while (names.find()) {
        all.add(names.group());
      }
      List<String> ksts = ksts(t, ref, m.start());
      for (int i = 0; i < all.size(); i++) {
        add(
            t,
            m.start("member"),
            m.end(),
            all.get(i),
            ksts.size() == all.size() ? ksts.get(i) : null);
      }
      return;
    }
    List<String> ksts = ksts(t, ref, m.start());
    if (ksts.isEmpty()) {
      add(t, m.start("member"), m.end(), member, null);
    }
    for (String kst : ksts) {
      add(t, m.start("member"), m.end(), member, kst);
    }
  }

  private static void add(AnnotatedText t, int begin, int end, String member, String kst) {
    Map<String, String> attributes = new HashMap<>();
    if (kst != null) {
      attributes.put("kst", kst);
    }
    t.add(AnnotationType.MOTION, begin, end, member, attributes);
  }

  /**
   * The kst-ids a reference gives, one per number; a number without dossier takes the context's.
   */
  private static List<String> ksts(AnnotatedText t, String ref, int at) {
    List<String> out = new ArrayList<>();
    if (ref == null) {
      return out;
    }
    Matcher r = REF_IN_TEXT.matcher(ref);
    if (!r.find()) {
      return out;
    }
    if (r.group("d2") != null) {
      out.add(KstIds.of(KstIds.dossier(r.group("d2")), r.group("n2")));
      return out;
    }
    String dossier = r.group("d") != null ? KstIds.dossier(r.group("d")) : contextDossier(t, at);
    if (dossier == null) {
      return out;
    }
    Matcher one = ONE_NUMBER.matcher(r.group("n"));
    while (one.find()) {
      out.add(KstIds.of(dossier, one.group()));
    }
    return out;
  }

  /**
   * The dossier a number-only motion belongs to: the last one named earlier in its sentence ({@code
   * Kamerstuk 35 663}, {@code dossier 21 501-20}), else the paper's own dossier.
   */
  private static String contextDossier(AnnotatedText t, int at) {
    String text = t.text();
    int from = Math.max(0, at - 300);
    int stop = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf(".\n", at));
    from = Math.max(from, stop + 1);
    Matcher d = DOSSIER_IN_SENTENCE.matcher(text);
    d.region(from, at);
    String last = null;
    while (d.find()) {
      last = d.group("d");
    }
    if (last != null) {
      return KstIds.dossier(last);
    }
    return t.value(AnnotationType.DOSSIER);
  }

  private static boolean overlaps(List<int[]> spans, int b, int e) {
    for (int[] s : spans) {
      if (b < s[1] && s[0] < e) {
        return true;
      }
    }
    return false;
  }
}
