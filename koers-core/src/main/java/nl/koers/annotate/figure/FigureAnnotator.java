package nl.koers.annotate.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;

/**
 * Finds numbers with meaning: a percentage, an amount of money or a count of something ({@code
 * 825.000 Amerikaanse banen}), with the phrase it measures ({@code van het bbp}) and the year it
 * refers to when the text states one ({@code in 2035}). A {@link AnnotationType#FIGURE}'s value is
 * the fully scaled number as a plain decimal ({@code 1,5 miljard} → {@code 1500000000}; {@code €
 * 474.300 (x € 1.000)} → {@code 474300000}); its attributes are {@code unit} (normalised, see
 * {@link FigureUnits}), {@code measure}, {@code year}, {@code qualifier} ({@code ruim}) and {@code
 * direction} ({@code up}/{@code down}, see {@link FigureDirection}). Budget tables under a scale
 * caption are read by {@link TableFigures}.
 *
 * <p>Not figures: bare numbers, dates, document, article and resolution numbers, ordinals, members
 * present ({@code acht leden}), ages and durations ({@code 80 jaar}), a norm's name ({@code NAVO 2%
 * norm}) and a scaled number without its unit at the end of a cut-off text. Every quantifier in the
 * patterns is bounded and the patterns run only near their unit, so the time is linear in the text.
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
          // "het bruto binnenlands product" is one measure, not the noun "bruto"
          + "(?:(?i:bruto\\s{1,3}(?:binnenlands|nationaal)\\s{1,3}product)"
          + "|(?:[\\p{L}][\\p{L}-]{0,30}e\\s{1,3})?[\\p{L}][\\p{L}-]{0,40}))?";

  private static final Pattern PERCENT =
      Pattern.compile(NUM + "(?<unit>\\s{0,2}%|\\s{1,3}(?i:procentpunt(?:en)?|procent))" + MEASURE);
  private static final Pattern MONEY_BEFORE =
      Pattern.compile(
          "(?<cur>€|EUR|USD|US\\$|\\$|£)\\s{0,2}"
              + NUM.replace("(?<![\\p{L}\\d.,])", "(?<![\\d.,])")
              + SCALE
              + MEASURE);
  private static final Pattern MONEY_AFTER =
      Pattern.compile(
          NUM + SCALE + "\\s{1,3}(?<cur>(?i:euro|dollar|US-dollar|eurocent|pond))\\b" + MEASURE);

  /** A scaled number with its currency left out: "een financieringsplafond van 5,69 mld.". */
  private static final Pattern MONEY_IMPLIED =
      Pattern.compile(
          NUM
              + "\\s{0,2}(?<scale>(?i:miljoen|mln\\.?|miljard|mld\\.?|mrd\\.?))(?<measure>)"
              + "(?=\\s{0,3}(?:[.,;:)]|$|(?:voor|aan|in|per|op|naar|tot|en|uit|bij|beschikbaar|extra|te|is|wordt|werd)\\b))");

  private static final Pattern COUNT =
      Pattern.compile(
          NUM + SCALE + "\\s{1,3}" + ADJ + "(?<noun>\\p{Ll}[\\p{Ll}-]{0,40})(?<measure>)");

  /** Words before a number that make it a label, not a quantity. */
  private static final Pattern LABEL_BEFORE =
      Pattern.compile(
          "(?i)(?:artikel|art\\.|nr\\.|nrs\\.|nummer|resolutie|resoluties|lid|paragraaf|par\\.|hoofdstuk"
              + "|bijlage|bijlagen|pagina|blz\\.|p\\.|punt|versie|kamerstuk|dossier|vergaderjaar|fase"
              + "|stap|niveau|categorie|agendapunt|vraag|vragen|antwoord|motie|amendement|top|tabel"
              + "|figuur|\\(x|\\(×)\\s{0,3}$");

  /** "NAVO 2% norm", "de 2%-norm": the name of a norm, not a measured share. */
  private static final Pattern NORM_NAME = Pattern.compile("(?i)^\\s?-?norm\\b");

  /** The lower bound of a range: "600–700 manschappen". */
  private static final Pattern RANGE_LOW =
      Pattern.compile(
          "(?<![\\p{L}\\d.,])(?<low>\\d{1,3}(?:\\.\\d{3}){0,4}(?:,\\d{1,4})?)\\s?[–-]\\s?$");

  /** A value that shares the unit of the figure after it: "van 1 miljard naar 1,5 miljard Euro". */
  private static final Pattern PARTNER =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\d.,])(?<num>\\d{1,3}(?:\\.\\d{3}){1,4}(?:,\\d{1,4})?|\\d{1,6}(?:,\\d{1,4})?)"
              + "(?:\\s{0,2}(?<scale>miljoen|mln\\.?|miljard|mld\\.?))?"
              + "\\s{1,3}(?:naar|tot)\\s{1,3}(?:€|EUR|USD|\\$)?\\s{0,2}$");

  private static final Pattern PARTNER_LEAD =
      Pattern.compile(
          "(?i)\\b(?:van|met)\\s{1,3}(?:(?:de|het)\\s{1,3})?(?:huidige\\s{1,3})?(?:€|EUR|USD|\\$)?\\s{0,2}$");

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

  private static final Pattern PREFIX_NOUN =
      Pattern.compile("(?<pre>\\p{L}[\\p{L}-]{3,40})\\s{1,3}van\\s{1,3}$");
  private static final Set<String> NOT_MEASURES =
      Set.of("sprake", "kader", "basis", "gevolg", "plaats", "aantal", "totaal", "ordegrootte");

  /** How far before its unit a figure's number may stand. */
  private static final int REACH = 120;

  /** A figure before it becomes an annotation. */
  private record Found(
      int begin,
      int end,
      int numBegin,
      int numEnd,
      BigDecimal value,
      String unit,
      String measure,
      String qualifier,
      String year,
      String direction) {}

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
    // one mask for dates, document numbers and references: a lookup per figure, not a list scan
    boolean[] blocked = new boolean[text.length() + 1];
    for (Annotation a : t.annotations()) {
      if (NOT_FIGURES.contains(a.type())) {
        for (int i = a.span().begin(); i < a.span().end() && i < text.length(); i++) {
          blocked[i] = true;
        }
      }
    }
    List<Segment> sentences = t.segments(SegmentType.SENTENCE);
    boolean[] taken = TableFigures.scalePhrases(text);
    int cutOff = cutOffStart(text);
    List<Found> found = new ArrayList<>();
    for (Pattern p : new Pattern[] {PERCENT, MONEY_BEFORE, MONEY_AFTER, COUNT, MONEY_IMPLIED}) {
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
          Found f = figure(t, p, m, blocked, taken, sentences, cutOff);
          if (f != null) {
            found.add(f);
          }
        }
      }
    }
    found.addAll(partners(t, found, blocked, taken, sentences));
    for (TableFigures.Cell c : TableFigures.find(text, taken)) {
      if (!overlaps(blocked, c.begin(), c.end())) {
        found.add(
            new Found(
                c.begin(),
                c.end(),
                c.begin(),
                c.end(),
                c.value(),
                c.unit(),
                null,
                null,
                c.year(),
                c.direction()));
      }
    }
    found.sort(Comparator.comparingInt(Found::begin));
    for (Found f : found) {
      Map<String, String> attributes = new HashMap<>();
      attributes.put("unit", f.unit());
      put(attributes, "measure", f.measure());
      put(attributes, "qualifier", f.qualifier());
      put(attributes, "year", f.year());
      put(attributes, "direction", f.direction());
      t.add(AnnotationType.FIGURE, f.begin(), f.end(), plain(f.value()), attributes);
    }
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  /** One match made a figure, or null when it is none after all. */
  private static Found figure(
      AnnotatedText t,
      Pattern p,
      Matcher m,
      boolean[] blocked,
      boolean[] taken,
      List<Segment> sentences,
      int cutOff) {
    String text = t.text();
    int numBegin = m.start("num");
    String unit = unit(text, p, m);
    if (unit == null || taken[numBegin] || overlaps(blocked, numBegin, m.end("num"))) {
      return null;
    }
    if (LABEL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
      return null;
    }
    if (p == PERCENT
        && NORM_NAME
            .matcher(text.substring(m.end("unit"), Math.min(text.length(), m.end("unit") + 8)))
            .find()) {
      return null;
    }
    if (p == MONEY_IMPLIED
        && (numBegin >= cutOff
            || !FigureUnits.namesMoney(
                text.substring(
                    Math.max(sentenceStart(sentences, numBegin), numBegin - 60), numBegin)))) {
      return null;
    }
    boolean written = !Character.isDigit(m.group("num").charAt(0));
    if (written && p == COUNT && !FigureUnits.NOUNS.containsKey(m.group("noun"))) {
      return null;
    }
    BigDecimal value;
    String num = m.group("num");
    int begin = m.start();
    int valueBegin = numBegin;
    Matcher range = RANGE_LOW.matcher(text.substring(Math.max(0, numBegin - 24), numBegin));
    if (range.find()) {
      num = range.group("low"); // "600–700 manschappen" counts at least 600
      valueBegin = numBegin - range.group().length();
      begin = Math.min(begin, valueBegin);
    }
    try {
      value = BigDecimal.valueOf(DutchNumbers.parse(num));
    } catch (NumberFormatException e) {
      return null;
    }
    if (p != PERCENT && m.group("scale") != null) {
      value = value.multiply(BigDecimal.valueOf(DutchNumbers.scale(m.group("scale"))));
    }
    int end = m.end();
    if (p == MONEY_BEFORE || p == MONEY_AFTER) {
      TableFigures.Scale inline = TableFigures.inlineScale(text, m.end("num") + scaleLength(m));
      if (inline != null) {
        value = value.multiply(inline.factor()); // "€ 474.300 (x € 1.000)"
      }
    }
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
    for (int i = numBegin; i < m.end("num"); i++) {
      taken[i] = true;
    }
    int sentenceBegin = sentenceStart(sentences, numBegin);
    return new Found(
        begin,
        end,
        valueBegin,
        m.end("num"),
        value,
        unit,
        measure,
        qualifier,
        FigureYear.of(text, sentences, numBegin),
        FigureDirection.of(text, sentenceBegin, valueBegin, m.end()));
  }

  private static int scaleLength(Matcher m) {
    try {
      return m.group("scale") == null ? 0 : m.end("scale") - m.end("num");
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  /**
   * The bare value before a figure that shares its unit: {@code van 1 miljard naar 1,5 miljard
   * Euro}, {@code van de huidige 200 naar 600–700 manschappen}, {@code steeg met 120.000 tot 1,3
   * miljoen mensen}.
   */
  private static List<Found> partners(
      AnnotatedText t,
      List<Found> found,
      boolean[] blocked,
      boolean[] taken,
      List<Segment> sentences) {
    String text = t.text();
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      int lookFrom = Math.max(0, f.numBegin() - 60);
      Matcher m = PARTNER.matcher(text.substring(lookFrom, f.numBegin()));
      if (!m.find()) {
        continue;
      }
      int numBegin = lookFrom + m.start("num");
      if (taken[numBegin]
          || overlaps(blocked, numBegin, lookFrom + m.end("num"))
          || !PARTNER_LEAD.matcher(text.substring(Math.max(0, numBegin - 30), numBegin)).find()) {
        continue;
      }
      BigDecimal value;
      try {
        value = BigDecimal.valueOf(DutchNumbers.parse(m.group("num")));
      } catch (NumberFormatException e) {
        continue;
      }
      if (m.group("scale") != null) {
        value = value.multiply(BigDecimal.valueOf(DutchNumbers.scale(m.group("scale"))));
      } else if (f.value().compareTo(BigDecimal.valueOf(1_000_000)) >= 0
          && !m.group("num").contains(".")
          && value.compareTo(BigDecimal.valueOf(1000)) < 0
          && isMoney(f.unit())) {
        // "van 2 naar 3 miljard euro": the scale is written once, after the second value
        value = value.multiply(scaleOf(f.value()));
      }
      int numEnd = lookFrom + m.end(m.group("scale") != null ? "scale" : "num");
      for (int i = numBegin; i < numEnd; i++) {
        taken[i] = true;
      }
      int sentenceBegin = sentenceStart(sentences, numBegin);
      out.add(
          new Found(
              numBegin,
              numEnd,
              numBegin,
              numEnd,
              value,
              f.unit(),
              null,
              null,
              FigureYear.of(text, sentences, numBegin),
              FigureDirection.of(text, sentenceBegin, numBegin, numEnd)));
    }
    return out;
  }

  private static boolean isMoney(String unit) {
    return "EUR".equals(unit) || "USD".equals(unit) || "GBP".equals(unit);
  }

  private static BigDecimal scaleOf(BigDecimal v) {
    return v.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0
        ? BigDecimal.valueOf(1_000_000_000)
        : BigDecimal.valueOf(1_000_000);
  }

  /**
   * Where the cut-off tail of a text starts: after the last sentence end when the text does not end
   * in a full stop, question mark, closing bracket or quote (dev excerpts stop mid-sentence); else
   * the end. Read from the text itself, so it holds where no sentence was segmented.
   */
  static int cutOffStart(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || ".?!)»”\"';:".indexOf(text.charAt(end - 1)) >= 0) {
      return text.length();
    }
    for (int i = end - 2; i >= 0 && i > end - 5_000; i--) {
      if (".?!".indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return Math.max(0, end - 5_000);
  }

  private static int sentenceStart(List<Segment> sentences, int at) {
    int i = FigureYear.sentenceIndex(sentences, at);
    return i < 0 ? Math.max(0, at - 250) : sentences.get(i).span().begin();
  }

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
      for (String c : new String[] {"€", "EUR", "USD", "$", "£"}) {
        addAll(anchors, text, c);
      }
    } else if (p == MONEY_AFTER) {
      for (String c : new String[] {"euro", "Euro", "dollar", "pond"}) {
        addAll(anchors, text, c);
      }
    } else if (p == MONEY_IMPLIED) {
      for (String c : new String[] {"miljoen", "mln", "miljard", "mld", "mrd"}) {
        addAll(anchors, text, c);
      }
    } else {
      Tokens t = Tokens.of(text);
      for (int i = 0; i < t.size; i++) {
        if (FigureUnits.NOUNS.containsKey(t.folded[i])) {
          anchors.add(t.begin[i]);
        }
      }
    }
    Collections.sort(anchors);
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

  /** The normalised unit of a match, or null when the match is not a figure after all. */
  private static String unit(String text, Pattern p, Matcher m) {
    if (p == PERCENT) {
      String u = m.group("unit").strip().toLowerCase(Locale.ROOT);
      return u.startsWith("procentpunt")
          ? "percentage_points"
          : FigureUnits.percent(text, m.start("num"), m.end("unit"));
    }
    if (p == MONEY_BEFORE || p == MONEY_AFTER) {
      String c = m.group("cur").toLowerCase(Locale.ROOT);
      return c.equals("eurocent") ? "eurocent" : FigureUnits.currency(c);
    }
    if (p == MONEY_IMPLIED) {
      return "EUR";
    }
    String noun = m.group("noun");
    String num = m.group("num");
    // a four-digit year followed by a word is a date-like phrase, not a count ("2035 worden")
    if (num.matches("(?:19|20)\\d{2}") && !FigureUnits.NOUNS.containsKey(noun)) {
      return null;
    }
    return FigureUnits.NOUNS.get(noun);
  }

  private static boolean overlaps(boolean[] blocked, int b, int e) {
    for (int i = b; i < e && i < blocked.length; i++) {
      if (blocked[i]) {
        return true;
      }
    }
    return false;
  }

  /** {@code 825000}, {@code 3.5}: no exponent, no trailing zeros. */
  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
