package nl.koers.annotate.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.annotate.entity.Tokens;
import nl.koers.data.DataFile;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;

/**
 * Finds numbers with meaning: a percentage, an amount of money or a count of something ({@code
 * 825.000 Amerikaanse banen}), with the phrase it measures ({@code van het bbp}) and the year it
 * refers to when the sentence states one ({@code in 2035}). A {@link AnnotationType#FIGURE}'s value
 * is the number (scaled: {@code 1,5 miljard} is 1.5E9) and its attributes {@code unit}, {@code
 * measure}, {@code year}. Bare numbers, dates, document numbers and article numbers are not
 * figures. Every quantifier in the patterns is bounded, so the time is linear in the text.
 */
public final class FigureAnnotator implements Annotator {
  /**
   * A number: digits in Dutch format, or a word that {@link DutchNumbers#WORDS} must confirm. Words
   * are checked in code, not by a 90-way alternation, so scanning stays cheap at every position.
   */
  private static final String NUM =
      "(?<![\\p{L}\\d.,])(?<num>\\d{1,3}(?:\\.\\d{3}){1,4}(?:,\\d{1,4})?|\\d{1,9}(?:,\\d{1,4})?"
          + "|\\p{L}{3,22})(?![\\p{L}\\d]|[.,]\\d)";

  /** A qualifier right before the number: "bijna 50%", "ruim 5000". */
  private static final Pattern QUALIFIER =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:ruim|bijna|circa|ca\\.|ongeveer|zo'n|tenminste|ten minste|minstens|maximaal"
              + "|minimaal|hooguit|meer dan|minder dan|rond de|ruim boven|boven de|onder de|maar liefst"
              + "|zeker|slechts|nog geen|tot)\\s{1,3}$");

  private static final String SCALE =
      "(?:\\s{0,2}(?<scale>(?i:miljoen|mln\\.?|miljard|mld\\.?|mrd\\.?|biljoen|duizend)))?";
  private static final String ADJ = "(?:(?:[\\p{L}][\\p{L}-]{0,30}e|extra|meer)\\s{1,3}){0,2}";
  private static final String MEASURE =
      "(?<measure>\\s{1,3}(?:van|aan)\\s{1,3}(?:(?:het|de|hun|onze|haar|zijn|dit|dat)\\s{1,3})?"
          + "(?:[\\p{L}][\\p{L}-]{0,30}e\\s{1,3})?[\\p{L}][\\p{L}-]{0,40})?";

  private static final Pattern PERCENT =
      Pattern.compile(NUM + "(?<unit>\\s{0,2}%|\\s{1,3}(?i:procentpunt(?:en)?|procent))" + MEASURE);
  private static final Pattern MONEY_BEFORE =
      Pattern.compile(
          "(?<cur>€|EUR|USD|US\\$|\\$)\\s{0,2}"
              + NUM.replace("(?<![\\p{L}\\d.,])", "(?<![\\d.,])")
              + SCALE
              + MEASURE);
  private static final Pattern MONEY_AFTER =
      Pattern.compile(
          NUM + SCALE + "\\s{1,3}(?<cur>(?i:euro|dollar|US-dollar|eurocent))\\b" + MEASURE);

  private static final Set<String> COUNT_NOUNS =
      Set.copyOf(DataFile.lines(FigureAnnotator.class, "count-nouns.txt"));
  private static final Pattern COUNT =
      Pattern.compile(
          NUM + SCALE + "\\s{1,3}" + ADJ + "(?<noun>\\p{Ll}[\\p{Ll}-]{0,40})(?<measure>)");

  /** Words before a number that make it a label, not a quantity. */
  private static final Pattern LABEL_BEFORE =
      Pattern.compile(
          "(?i)(?:artikel|art\\.|nr\\.|nrs\\.|nummer|resolutie|lid|paragraaf|par\\.|hoofdstuk"
              + "|bijlage|pagina|blz\\.|p\\.|punt|versie|kamerstuk|dossier|vergaderjaar|fase|stap"
              + "|niveau|categorie|agendapunt|vraag|vragen|antwoord|motie|amendement|top|\\(x|\\(×)"
              + "\\s{0,3}$");

  private static final Pattern YEAR =
      Pattern.compile(
          "(?i)\\b(?:in|tot|voor|vóór|uiterlijk|tegen|per|vanaf|rond|sinds|eind|begin|medio)"
              + "\\s{1,3}(?<year>(?:19|20)\\d{2})(?![\\d.,]\\d)");

  private static final Set<AnnotationType> NOT_FIGURES =
      EnumSet.of(
          AnnotationType.DATE,
          AnnotationType.DOC_ID,
          AnnotationType.DOSSIER,
          AnnotationType.NUMBER,
          AnnotationType.KAMERSTUK_REF,
          AnnotationType.MEETING,
          AnnotationType.MOTION,
          AnnotationType.REQUEST,
          AnnotationType.OTHER_REF);

  private static final int YEAR_WINDOW = 250;

  private static final Pattern THOUSANDS =
      Pattern.compile("\\s{0,3}\\((?:x|×)\\s{0,2}€\\s{0,2}1\\.000\\)");

  private static final Pattern PREFIX_NOUN =
      Pattern.compile("(?<pre>\\p{L}[\\p{L}-]{3,40})\\s{1,3}van\\s{1,3}$");
  private static final Set<String> NOT_MEASURES =
      Set.of("sprake", "kader", "basis", "gevolg", "plaats", "aantal", "totaal", "ordegrootte");

  @Override
  public String name() {
    return "figures";
  }

  @Override
  public Set<String> requires() {
    return Set.of("date", "kamerstuk-refs", "meetings", "motions", "requests", "other-refs");
  }

  @Override
  public Set<String> produces() {
    return Set.of("figures");
  }

  @Override
  public void annotate(AnnotatedText t) {
    String text = t.text();
    List<Annotation> blocked =
        t.annotations().stream().filter(a -> NOT_FIGURES.contains(a.type())).toList();
    List<Segment> sentences = t.segments(SegmentType.SENTENCE);
    boolean[] taken = new boolean[text.length() + 1];
    for (Pattern p : new Pattern[] {PERCENT, MONEY_BEFORE, MONEY_AFTER, COUNT}) {
      Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      for (int[] w : windows(text, p)) {
        int from = w[0];
        while (from < w[1]) {
          m.region(from, w[1]);
          if (!m.find()) {
            break;
          }
          from = m.end();
          String num = m.group("num");
          if (!Character.isDigit(num.charAt(0))
              && !DutchNumbers.WORDS.containsKey(num.toLowerCase(Locale.ROOT))) {
            from = m.start("num") + 1; // a word that is no number: look again right after it
            continue;
          }
          String unit = unit(p, m);
          if (unit == null
              || taken[m.start("num")]
              || overlaps(blocked, m.start("num"), m.end("num"))) {
            continue;
          }
          if (LABEL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
            continue;
          }
          boolean written = !Character.isDigit(m.group("num").charAt(0));
          if (written && p == COUNT && !"jaar".equals(unit) && !COUNT_NOUNS.contains(unit)) {
            continue;
          }
          BigDecimal value;
          try {
            value = BigDecimal.valueOf(DutchNumbers.parse(m.group("num")));
          } catch (NumberFormatException e) {
            continue;
          }
          if (p != PERCENT && m.group("scale") != null) {
            value = value.multiply(BigDecimal.valueOf(DutchNumbers.scale(m.group("scale"))));
          }
          if (THOUSANDS
              .matcher(text)
              .region(m.end(), Math.min(text.length(), m.end() + 20))
              .lookingAt()) {
            value =
                value.multiply(BigDecimal.valueOf(1000)); // budget tables: "€ 474.300 (x € 1.000)"
          }
          int begin = m.start();
          int end = m.end();
          String qualifier = null;
          Matcher q = QUALIFIER.matcher(text.substring(Math.max(0, begin - 24), begin));
          if (q.find()) {
            qualifier = q.group().strip().toLowerCase(Locale.ROOT);
            begin -= q.group().length();
          }
          String measure =
              m.group("measure") == null || m.group("measure").isBlank()
                  ? null
                  : m.group("measure").strip();
          if (measure == null) {
            Matcher pre = PREFIX_NOUN.matcher(text.substring(Math.max(0, begin - 48), begin));
            if (pre.find() && !NOT_MEASURES.contains(pre.group("pre").toLowerCase(Locale.ROOT))) {
              measure = pre.group("pre");
              begin -= pre.group().length();
            }
          }
          for (int i = m.start("num"); i < m.end("num"); i++) {
            taken[i] = true;
          }
          Map<String, String> attributes = new HashMap<>();
          attributes.put("unit", unit);
          if (measure != null) {
            attributes.put("measure", measure);
          }
          if (qualifier != null) {
            attributes.put("qualifier", qualifier);
          }
          String year = year(text, sentences, m.start("num"));
          if (year != null) {
            attributes.put("year", year);
          }
          t.add(AnnotationType.FIGURE, begin, end, plain(value), attributes);
        }
      }
    }
  }

  /** How far before its unit a figure's number may stand. */
  private static final int REACH = 120;

  /**
   * Where a pattern can match: near its unit ("%", "procent", a currency, a count noun). Found with
   * plain searches, so the patterns run on a small part of a long text.
   */
  private static List<int[]> windows(String text, Pattern p) {
    List<Integer> anchors = new ArrayList<>();
    if (p == PERCENT) {
      addAll(anchors, text, "%");
      addAll(anchors, text, "procent");
    } else if (p == MONEY_BEFORE) {
      for (String c : new String[] {"€", "EUR", "USD", "$"}) {
        addAll(anchors, text, c);
      }
    } else if (p == MONEY_AFTER) {
      addAll(anchors, text, "euro");
      addAll(anchors, text, "Euro");
      addAll(anchors, text, "dollar");
    } else {
      Tokens t = Tokens.of(text);
      for (int i = 0; i < t.size; i++) {
        if (COUNT_NOUNS.contains(t.folded[i])) {
          anchors.add(t.begin[i]);
        }
      }
    }
    java.util.Collections.sort(anchors);
    List<int[]> windows = new ArrayList<>();
    for (int a : anchors) {
      int b = Math.max(0, a - REACH);
      int e = Math.min(text.length(), a + REACH);
      if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= b) {
        windows.get(windows.size() - 1)[1] = e;
      } else {
        windows.add(new int[] {b, e});
      }
    }
    return windows;
  }

  private static void addAll(List<Integer> anchors, String text, String needle) {
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      anchors.add(i);
    }
  }

  /** The unit of a match, or null when the match is not a figure after all. */
  private static String unit(Pattern p, Matcher m) {
    if (p == PERCENT) {
      String u = m.group("unit").strip().toLowerCase(Locale.ROOT);
      return u.startsWith("procentpunt") ? "procentpunt" : "%";
    }
    if (p == MONEY_BEFORE || p == MONEY_AFTER) {
      String c = m.group("cur").toLowerCase(Locale.ROOT);
      if (c.equals("eurocent")) {
        return "eurocent";
      }
      return c.contains("$") || c.contains("dollar") || c.equals("usd") ? "USD" : "EUR";
    }
    String noun = m.group("noun");
    String num = m.group("num");
    // a four-digit year followed by a word is a date-like phrase, not a count ("2035 worden")
    if (num.matches("(?:19|20)\\d{2}") && !"jaar".equals(noun)) {
      return COUNT_NOUNS.contains(noun) ? noun : null;
    }
    return COUNT_NOUNS.contains(noun) ? noun : null;
  }

  private static boolean overlaps(List<Annotation> blocked, int b, int e) {
    for (Annotation a : blocked) {
      if (a.span().begin() < e && b < a.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The year stated nearest to the figure within its sentence, e.g. {@code in 2035}; only the
   * {@value #YEAR_WINDOW} characters either side are searched, so a run-on sentence costs no more.
   */
  private static String year(String text, List<Segment> sentences, int at) {
    int b = Math.max(0, at - YEAR_WINDOW);
    int e = Math.min(text.length(), at + YEAR_WINDOW);
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Segment s = sentences.get(mid);
      if (s.span().end() <= at) {
        lo = mid + 1;
      } else if (s.span().begin() > at) {
        hi = mid - 1;
      } else {
        b = Math.max(b, s.span().begin());
        e = Math.min(e, s.span().end());
        break;
      }
    }
    Matcher y = YEAR.matcher(text);
    y.region(b, e);
    String best = null;
    int distance = Integer.MAX_VALUE;
    while (y.find()) {
      if (y.start("year") <= at && at < y.end("year")) {
        continue;
      }
      int d = Math.abs(y.start("year") - at);
      if (d < distance) {
        distance = d;
        best = y.group("year");
      }
    }
    return best;
  }

  /** {@code 825000}, {@code 3.5}: no exponent, no trailing zeros. */
  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
