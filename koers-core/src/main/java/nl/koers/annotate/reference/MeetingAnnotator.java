package nl.koers.annotate.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.annotate.DutchDates;
import nl.koers.document.AnnotationType;

/**
 * Council and summit meetings named with a date: {@code Raad Buitenlandse Zaken van 23 juni 2025},
 * {@code RBZ van 12 oktober jl.}, {@code de Europese Raad van 24 en 25 juni a.s.}, {@code Op
 * maandag 23 januari vond de Raad Buitenlandse Zaken plaats}, {@code de donorconferentie
 * Afghanistan die op 23 en 24 november 2020 plaatsvond}. Meeting names are data ({@code
 * meeting-bodies.txt}). Dates without a year are resolved against the paper's date, or the latest
 * full date before the mention. A date that belongs to a debate about the meeting ({@code het debat
 * over de Europese Top op 23 september}) is not the meeting's date.
 */
public final class MeetingAnnotator implements Annotator {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String WEEKDAY =
      "(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?";

  private final Pattern bodyThenDate;
  private final Pattern dateThenBody;
  private final Pattern bodyThatTookPlace;

  public MeetingAnnotator() {
    this(loadBodies());
  }

  public MeetingAnnotator(List<String> bodies) {
    String body = "(?<body>" + String.join("|", bodies) + ")";
    bodyThenDate =
        Pattern.compile(
            "(?<![\\p{L}-])"
                + body
                + "(?:\\s*\\((?<abbr>[^()\\n]{1,12})\\))?"
                + "(?:,[^,.;\\n]{1,60},)?"
                + "(?:\\s+(?:in|te)\\s+\\p{Lu}[\\p{L}-]+)?"
                + "(?<conn>\\s*\\(|\\s+(?:van|op|d\\.d\\.|dd|heeft op|vindt op|zal op|die op|dat op)\\s+|\\s+)"
                + WEEKDAY
                + DutchDates.DATE,
            FLAGS);
    dateThenBody =
        Pattern.compile(
            "\\b[Oo]p\\s+"
                + WEEKDAY
                + DutchDates.DATE
                + "(?:[^.;\\n]{0,40}?\\b(?<v1>vond|vindt|vinden|nam|neemt|namen)\\b)?"
                + "[^.;\\n]{0,60}?(?<![\\p{L}-])"
                + body
                + "(?:[^.;\\n]{0,40}?\\b(?<v2>plaats\\p{L}*|bijeen\\p{L}*))?",
            FLAGS);
    bodyThatTookPlace =
        Pattern.compile(
            "(?<![\\p{L}-])"
                + body
                + "[^.;\\n]{0,30}?\\bdie\\b[^.;\\n]{0,30}?\\bop\\s+"
                + WEEKDAY
                + DutchDates.DATE,
            FLAGS);
  }

  /** How far from a date a meeting's name may stand, either way. */
  private static final int REACH = 240;

  /**
   * Every meeting mention holds a date, so the patterns only run near dates: merged windows of
   * {@value #REACH} characters around each. The body alternation is costly at every position.
   */
  private static List<int[]> aroundDates(String text) {
    List<int[]> windows = new ArrayList<>();
    Matcher d = DutchDates.DATE_PATTERN.matcher(text);
    while (d.find()) {
      int b = Math.max(0, d.start() - REACH);
      int e = Math.min(text.length(), d.end() + REACH);
      if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= b) {
        windows.get(windows.size() - 1)[1] = e;
      } else {
        windows.add(new int[] {b, e});
      }
    }
    return windows;
  }

  @Override
  public String name() {
    return "meetings";
  }

  @Override
  public Set<String> requires() {
    return Set.of("date");
  }

  @Override
  public Set<String> produces() {
    return Set.of("meetings");
  }

  @Override
  public void annotate(AnnotatedText t) {
    String text = t.text();
    String docDate = t.value(AnnotationType.DATE);
    NavigableMap<Integer, LocalDate> fullDates = DutchDates.fullDates(text);
    Set<String> seen = new HashSet<>();
    List<int[]> spans = new ArrayList<>();
    List<int[]> windows = aroundDates(text);
    for (Pattern p : List.of(bodyThenDate, bodyThatTookPlace, dateThenBody)) {
      Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      for (int[] w : windows) {
        m.region(w[0], w[1]);
        while (m.find()) {
          String body = m.group("body").strip();
          if (p == bodyThenDate && !acceptsConnector(text, m, body)) {
            continue;
          }
          if (p == dateThenBody && m.group("v1") == null && m.group("v2") == null) {
            continue;
          }
          if (overlaps(spans, m.start("body"), m.end("body"))) {
            continue;
          }
          LocalDate anchor = DutchDates.anchor(fullDates, m.start(), docDate);
          LocalDate date = DutchDates.resolve(m, anchor);
          if (date == null) {
            continue;
          }
          String key = canonical(body) + "|" + date;
          spans.add(new int[] {m.start("body"), m.end("body")});
          if (seen.add(key)) {
            t.add(
                AnnotationType.MEETING, m.start(), m.end(), date.toString(), Map.of("body", body));
          }
        }
      }
    }
  }

  /**
   * A bare "Raad" needs {@code van} or a parenthesised date (the Council's conclusions of a date);
   * "op" after a meeting that follows "debat over" dates the debate, not the meeting.
   */
  private static boolean acceptsConnector(String text, Matcher m, String body) {
    String conn = m.group("conn").strip().toLowerCase(Locale.ROOT);
    boolean bare = body.equalsIgnoreCase("raad");
    if (bare && !(conn.equals("van") || conn.equals("(") || conn.equals("d.d."))) {
      return false;
    }
    if (conn.startsWith("op") || conn.isEmpty()) {
      String before = text.substring(Math.max(0, m.start() - 50), m.start());
      if (before.matches(
          "(?s).*\\b(?:debat|Kamerdebat|overleg|commissiedebat|gesprek|voorafgaand aan|na afloop van)\\b[^.]{0,30}$")) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlaps(List<int[]> spans, int b, int e) {
    for (int[] s : spans) {
      if (b < s[1] && s[0] < e) {
        return true;
      }
    }
    return false;
  }

  /** RBZ and Raad Buitenlandse Zaken are one meeting. */
  private static String canonical(String body) {
    String b = body.toLowerCase(Locale.ROOT).replaceAll("^(?:informele|extra|formele) ", "");
    return switch (b) {
      case "rbz" -> "raad buitenlandse zaken";
      case "raz" -> "raad algemene zaken";
      case "er" -> "europese raad";
      default -> b;
    };
  }

  private static List<String> loadBodies() {
    List<String> bodies = new ArrayList<>();
    for (String line : nl.koers.data.DataFile.lines(MeetingAnnotator.class, "meeting-bodies.txt")) {
      bodies.add("(?:" + line + ")");
    }
    bodies.add("Raad");
    return bodies;
  }
}
