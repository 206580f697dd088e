package nl.koers.segment;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.koers.document.TextSpan;

/**
 * Splits Dutch text into sentences: the JDK's {@link BreakIterator} for Dutch, then re-joins breaks
 * that follow an abbreviation ({@code jl.}, {@code c.s.}, {@code nr.}), an initial ({@code S.A.
 * Blok}) or precede a lower-case word. OpenNLP's Dutch models are not published where this project
 * builds, and this did best on the corpus (see ../shared/LIBRARIES.md).
 *
 * <p>Thread-safe: a new {@link BreakIterator} is made per call.
 */
public final class SentenceSplitter {
  private static final Locale DUTCH = Locale.of("nl", "NL");
  private static final Pattern INITIAL = Pattern.compile("(?:^|[\\s(.])\\p{Lu}\\.$");
  private static final Pattern ENUMERATION =
      Pattern.compile("(?:^|\\s)(?:\\d{1,2}|[IVX]{1,4})\\.$");

  private final Set<String> abbreviations;

  public SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  /** A splitter with the bundled abbreviation list. */
  public static SentenceSplitter dutch() {
    return new SentenceSplitter(loadAbbreviations());
  }

  /** Sentence spans within {@code text[begin, end)}, trimmed of surrounding whitespace. */
  public List<TextSpan> split(String text, int begin, int end) {
    List<TextSpan> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getSentenceInstance(DUTCH);
    it.setText(text.substring(begin, end));
    int start = 0;
    int pendingStart = -1;
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      int sentenceStart = pendingStart >= 0 ? pendingStart : start;
      String piece = text.substring(begin + sentenceStart, begin + b).strip();
      boolean last = b >= end - begin;
      if (!last && continues(piece, text, begin + b, end)) {
        pendingStart = sentenceStart;
      } else {
        add(out, text, begin + sentenceStart, begin + b);
        pendingStart = -1;
      }
      start = b;
    }
    if (pendingStart >= 0) {
      add(out, text, begin + pendingStart, end);
    }
    return out;
  }

  private boolean continues(String sentence, String text, int next, int end) {
    int i = next;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= end) {
      return false;
    }
    char following = text.charAt(i);
    if (Character.isLowerCase(following)
        || Character.isDigit(following) && endsWithAbbreviation(sentence)) {
      return true;
    }
    if (Character.isUpperCase(following) && UNIT_END.matcher(sentence).find()) {
      // "verhoogd tot € 137,4 mln. De bijdrage …", "op 14 november jl. Over de discussie …": a unit
      // or date abbreviation before a capital ends the sentence (issue 15: otherwise the next
      // sentence's figures take this one's year, a report of the past hides a commitment)
      return false;
    }
    return endsWithAbbreviation(sentence)
        || INITIAL.matcher(sentence).find()
        || ENUMERATION.matcher(sentence).find();
  }

  private static final java.util.regex.Pattern UNIT_END =
      java.util.regex.Pattern.compile("(?:\\d\\s{0,2}(?:mln|mld|mrd|mio)|\\sjl|\\sa\\.s)\\.$");

  private boolean endsWithAbbreviation(String sentence) {
    int space = Math.max(sentence.lastIndexOf(' '), sentence.lastIndexOf('('));
    String raw = sentence.substring(space + 1);
    // "VS." ends a sentence about the United States; "vs." is an abbreviation
    if (raw.length() > 2
        && raw.substring(0, raw.length() - 1).chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    return abbreviations.contains(raw.toLowerCase(Locale.ROOT));
  }

  private static void add(List<TextSpan> out, String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new TextSpan(from, to));
    }
  }

  private static Set<String> loadAbbreviations() {
    Set<String> set = new HashSet<>();
    for (String line :
        nl.koers.data.DataFile.lines(SentenceSplitter.class, "dutch-abbreviations.txt")) {
      set.add(line.toLowerCase(Locale.ROOT));
    }
    return set;
  }
}
