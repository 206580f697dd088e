package nl.koers.annotate.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.annotate.metadata.Names;
import nl.koers.document.AnnotationType;

/**
 * Motions a paper refers to: {@code motie van het lid Ploumen c.s. (Kamerstuk 35 570 V, nr. 42)},
 * {@code moties van de leden Van Helvert en Voordewind (…) en van het lid Karabulut (…)}, {@code
 * motie Brekelmans}, {@code Motie Hoogeveen c.s. 21 501-20, nr. 2344}. Each gets its first
 * submitter as written and, when the text gives it, the motion's kst-id (attribute {@code kst}).
 */
public final class MotionAnnotator implements Annotator {
  private static final String MEMBER = "(?<member>" + Names.SURNAME + ")";
  private static final String CO =
      "(?:\\s+c\\.s\\.)?(?:\\s*(?:,|en)\\s+(?!van )" + Names.SURNAME + "(?:\\s+c\\.s\\.)?)*";
  private static final String REF =
      "(?:\\s*\\((?<ref>[^()]{5,80})\\)|\\s+(?<bare>"
          + KamerstukRefAnnotator.DOSSIER
          + ",?\\s*nr\\.\\s*\\d+[a-z]?))?";

  /**
   * The motion keyword and its first submitter; a following "en van het lid X (ref)" is another.
   */
  private static final Pattern MOTION =
      Pattern.compile(
          "(?<![\\p{L}])(?:[Mm]oties?|[Mm]otie-)(?:\\s+van\\s+(?:het\\s+lid|de\\s+leden)\\s+|\\s+|(?<=-))"
              + MEMBER
              + CO
              + REF);

  private static final Pattern NEXT =
      Pattern.compile("^\\s*(?:,|en)\\s+van\\s+(?:het\\s+lid|de\\s+leden)\\s+" + MEMBER + CO + REF);
  private static final Pattern REF_IN_PARENS =
      Pattern.compile(
          "(?:Kamerstu\\s?k(?:ken)?\\s+(?:I{1,2}\\s+)?(?:\\d{4}\\s?[/–-]\\s?\\d{2,4},?\\s+)?)?(?<d>"
              + KamerstukRefAnnotator.DOSSIER
              + "),?\\s*nr\\.\\s*(?<n>\\d+[a-z]?)|(?<d2>\\d{2}\\s?\\d{3}-\\d{2})-(?<n2>\\d+)");

  /** Words that follow "motie" but are not a member's name. */
  private static final Set<String> NOT_NAMES =
      Set.of("De", "Het", "Een", "Die", "Deze", "Dit", "Op", "In", "Over", "Ter", "Zoals", "Van");

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
    Matcher m = MOTION.matcher(text);
    while (m.find()) {
      if (NOT_NAMES.contains(m.group("member"))) {
        continue;
      }
      add(t, m);
      int end = m.end();
      Matcher next = NEXT.matcher(text);
      next.region(end, Math.min(text.length(), end + 200));
      while (next.lookingAt()) {
        add(t, next);
        end = next.end();
        next.region(end, Math.min(text.length(), end + 200));
      }
    }
  }

  private static void add(AnnotatedText t, Matcher m) {
    Map<String, String> attributes = new HashMap<>();
    String kst = kst(m.group("ref"));
    if (kst == null) {
      kst = kst(m.group("bare"));
    }
    if (kst != null) {
      attributes.put("kst", kst);
    }
    t.add(AnnotationType.MOTION, m.start("member"), m.end(), m.group("member"), attributes);
  }

  private static String kst(String ref) {
    if (ref == null) {
      return null;
    }
    Matcher r = REF_IN_PARENS.matcher(ref);
    if (!r.find()) {
      return null;
    }
    if (r.group("d") != null) {
      return KstIds.of(KstIds.dossier(r.group("d")), r.group("n"));
    }
    return KstIds.of(KstIds.dossier(r.group("d2")), r.group("n2"));
  }
}
