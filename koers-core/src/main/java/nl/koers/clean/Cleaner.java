package nl.koers.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.document.OffsetMap;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;
import nl.koers.document.TextSpan;
import nl.koers.read.SourceText;

/**
 * Turns text as extracted from a paper into clean running text.
 *
 * <p>Works on lines: classifies each (blank, page footer, footnote, text), groups text lines into
 * paragraphs, joins them (mending words broken at line ends), and emits footnotes and footers as
 * their own blocks after the paragraph they interrupted. A paragraph that a page break or footnote
 * cut in two is joined again. The output separates blocks with a blank line; every character maps
 * back to its source offset.
 *
 * <p>Stateless and thread-safe.
 */
public final class Cleaner {
  private enum Kind {
    BLANK,
    FOOTER,
    FOOTNOTE,
    FOOTNOTE_CONTINUATION,
    TABLE,
    TEXT
  }

  private record Line(int start, int contentStart, int contentEnd, boolean indented) {
    int length() {
      return contentEnd - contentStart;
    }
  }

  private static final class Block {
    SegmentType type;
    final List<Integer> lines = new ArrayList<>();
    String label;

    Block(SegmentType type) {
      this.type = type;
    }
  }

  /** A block's text with the source offset of every character. */
  private static final class Piece {
    final StringBuilder text = new StringBuilder();
    int[] offsets = new int[16];
    final List<Integer> footnoteRefs = new ArrayList<>();
    final List<String> footnoteRefLabels = new ArrayList<>();

    void append(char c, int offset) {
      if (text.length() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[text.length()] = offset;
      text.append(c);
    }

    void delete(int from, int to) {
      text.delete(from, to);
      System.arraycopy(offsets, to, offsets, from, offsets.length - to);
    }
  }

  private static final Pattern TERMINATED = Pattern.compile(".*[.!?:;]['’”»)]?$");

  public CleanText clean(SourceText source) {
    String s = source.text();
    List<Line> lines = split(s);
    boolean[] headingHint = headingHints(lines, source);
    Kind[] kinds = classify(s, lines);
    markTables(lines, kinds, source);
    int wrap = wrapWidth(s, lines, kinds);
    boolean doubleSpaced = isDoubleSpaced(kinds);
    List<Block> blocks = group(s, lines, kinds, headingHint, wrap, doubleSpaced);
    blocks = mergeBrokenParagraphs(s, lines, blocks);
    classifyBlocks(s, lines, blocks, headingHint);
    List<Piece> pieces = new ArrayList<>();
    for (Block b : blocks) {
      pieces.add(render(s, lines, b));
    }
    removeFootnoteMarkers(blocks, pieces);
    return emit(blocks, pieces, source.toOriginal());
  }

  private static List<Line> split(String s) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = s.length();
    while (start <= n) {
      int end = start;
      while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\f') {
        end++;
      }
      int cs = start;
      while (cs < end && isSpace(s.charAt(cs))) {
        cs++;
      }
      int ce = end;
      while (ce > cs && isSpace(s.charAt(ce - 1))) {
        ce--;
      }
      lines.add(new Line(start, cs, ce, cs > start));
      if (end >= n) {
        break;
      }
      start = end + 1;
    }
    return lines;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u000b' || c == '\u2009';
  }

  private static boolean[] headingHints(List<Line> lines, SourceText source) {
    boolean[] hint = new boolean[lines.size()];
    for (TextSpan h : source.headingLines()) {
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        if (l.start() <= h.begin() && h.begin() <= Math.max(l.contentEnd(), l.start())) {
          hint[i] = true;
          break;
        }
      }
    }
    return hint;
  }

  /** Lines inside a table the reader marked stay table rows, whatever they look like. */
  private static void markTables(List<Line> lines, Kind[] kinds, SourceText source) {
    // tables arrive in text order, as do lines: one pass over both
    int i = 0;
    for (TextSpan t : source.tables()) {
      while (i < lines.size() && lines.get(i).start() < t.begin()) {
        i++;
      }
      for (; i < lines.size() && lines.get(i).start() < t.end(); i++) {
        if (lines.get(i).length() > 0) {
          kinds[i] = Kind.TABLE;
        }
      }
    }
  }

  private static String content(String s, Line l) {
    return s.substring(l.contentStart(), l.contentEnd());
  }

  private static Kind[] classify(String s, List<Line> lines) {
    Kind[] kinds = new Kind[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.length() == 0) {
        kinds[i] = Kind.BLANK;
      } else if (l.length() < 120
          && (LinePatterns.PAGE_FOOTER.matcher(content(s, l)).matches()
              || LinePatterns.PAGE_NUMBER.matcher(content(s, l)).matches())) {
        kinds[i] = Kind.FOOTER;
      } else {
        kinds[i] = Kind.TEXT;
      }
    }
    int last = 0;
    int searchFrom = 0;
    int runFrom = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] != Kind.TEXT) {
        continue;
      }
      String c = content(s, lines.get(i));
      Matcher m = LinePatterns.FOOTNOTE.matcher(c);
      if (!m.matches() || LinePatterns.STARTS_WITH_MONTH.matcher(c).matches()) {
        continue;
      }
      int n = Integer.parseInt(m.group(1));
      // Footnotes of one page sit together below its text: the marker of the second in a run
      // stands before the first (seed 004: "beschermen3" before footnote 2), so a run's markers
      // are sought from where the run's first marker was sought.
      boolean inRun = n == last + 1 && followsFootnote(kinds, i);
      int from = inRun ? runFrom : searchFrom;
      if (n <= last
          || n > last + 5
          || !(markerBefore(s, lines, kinds, from, i, n)
              || interruptsSentence(s, lines, kinds, i))) {
        continue;
      }
      if (!inRun) {
        runFrom = searchFrom;
      }
      kinds[i] = Kind.FOOTNOTE;
      last = n;
      // A note that cut a sentence in two ends where its own text ends: the next line resumes
      // the sentence, even when a PDF gives it no indent (the PDF of seed 003: a one-line note
      // at a page bottom swallowed the three sentences after it).
      boolean cutSentence = bodyBeforeUnfinished(s, lines, kinds, i);
      int j = i + 1;
      while (j < lines.size()
          && kinds[j] == Kind.TEXT
          && !lines.get(j).indented()
          && !(cutSentence && ends(content(s, lines.get(j - 1))))
          && !startsFootnote(content(s, lines.get(j)), n + 1)) {
        kinds[j] = Kind.FOOTNOTE_CONTINUATION;
        j++;
      }
      searchFrom = i;
      i = j - 1;
    }
    return kinds;
  }

  /** A line that ends a sentence: final punctuation, not an abbreviation such as {@code nr.}. */
  private static boolean ends(String line) {
    return TERMINATED.matcher(line).matches() && !ABBREVIATION_AT_END.matcher(line).find();
  }

  private static final Pattern ABBREVIATION_AT_END =
      Pattern.compile(
          "(?<![\\p{L}])(?:nr|nrs|blz|p|pp|zie|vgl|jl|a\\.s|c\\.s|o\\.a|d\\.d|art|bijv|resp)\\.$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether the body text before the footnote run that line {@code i} belongs to stops mid-sentence
   * (blank lines, page footers and earlier notes of the run skipped).
   */
  private static boolean bodyBeforeUnfinished(String s, List<Line> lines, Kind[] kinds, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (kinds[k] == Kind.TEXT) {
        return !ends(content(s, lines.get(k)));
      }
      if (kinds[k] == Kind.TABLE) {
        return false;
      }
    }
    return false;
  }

  /** Whether the nearest non-blank line before {@code i} belongs to a footnote. */
  private static boolean followsFootnote(Kind[] kinds, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (kinds[k] != Kind.BLANK) {
        return kinds[k] == Kind.FOOTNOTE || kinds[k] == Kind.FOOTNOTE_CONTINUATION;
      }
    }
    return false;
  }

  /**
   * Whether a numbered line stands between two halves of a sentence, as a footnote at a page bottom
   * does when a sentence runs on to the next page: the text line before it (past blank lines and
   * page footers) ends unfinished, and the first text line after the note and its continuation
   * lines starts in lower case ({@code … economische welvaart en} | {@code 3 Hoofdstukken, bijlage
   * bij Kamerstuk …} | {@code maatschappelijke weerbaarheid …}).
   */
  private static boolean interruptsSentence(String s, List<Line> lines, Kind[] kinds, int i) {
    int before = i - 1;
    while (before >= 0 && (kinds[before] == Kind.BLANK || kinds[before] == Kind.FOOTER)) {
      before--;
    }
    if (before < 0
        || kinds[before] != Kind.TEXT
        || TERMINATED.matcher(content(s, lines.get(before))).matches()) {
      return false;
    }
    int after = i + 1;
    while (after < lines.size()
        && after - i < 12
        && kinds[after] == Kind.TEXT
        && !lines.get(after).indented()
        && !LinePatterns.FOOTNOTE.matcher(content(s, lines.get(after))).matches()) {
      after++;
    }
    while (after < lines.size() && (kinds[after] == Kind.BLANK || kinds[after] == Kind.FOOTER)) {
      after++;
    }
    if (after >= lines.size() || kinds[after] != Kind.TEXT) {
      return false;
    }
    String next = content(s, lines.get(after));
    return !next.isEmpty() && Character.isLowerCase(next.charAt(0));
  }

  private static boolean startsFootnote(String c, int n) {
    Matcher m = LinePatterns.FOOTNOTE.matcher(c);
    return m.matches() && Integer.parseInt(m.group(1)) == n;
  }

  private static Pattern markerPattern(int n) {
    return Pattern.compile("(?<=[\\p{L}.,;:)»”’'\"])" + n + "(?![\\p{N}\\p{L}])");
  }

  private static boolean markerBefore(
      String s, List<Line> lines, Kind[] kinds, int from, int to, int n) {
    Pattern p = markerPattern(n);
    for (int k = to - 1; k >= Math.max(from, to - 400); k--) {
      if (kinds[k] == Kind.TEXT && p.matcher(content(s, lines.get(k))).find()) {
        return true;
      }
    }
    return false;
  }

  /** The width lines are wrapped at: the 90th percentile of text line lengths. */
  private static int wrapWidth(String s, List<Line> lines, Kind[] kinds) {
    int[] lengths =
        java.util.stream.IntStream.range(0, lines.size())
            .filter(i -> kinds[i] == Kind.TEXT)
            .map(i -> lines.get(i).length())
            .sorted()
            .toArray();
    if (lengths.length == 0) {
      return 80;
    }
    return Math.max(20, lengths[(int) Math.floor(lengths.length * 0.9)]);
  }

  /** Whether every wrapped line is followed by a blank line (a common PDF-to-text artefact). */
  private static boolean isDoubleSpaced(Kind[] kinds) {
    int text = 0;
    int spaced = 0;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] != Kind.TEXT) {
        continue;
      }
      text++;
      if (i + 2 < kinds.length && kinds[i + 1] == Kind.BLANK && kinds[i + 2] == Kind.TEXT) {
        spaced++;
      }
    }
    return text >= 10 && spaced * 10 >= text * 6;
  }

  private static List<Block> group(
      String s,
      List<Line> lines,
      Kind[] kinds,
      boolean[] headingHint,
      int wrap,
      boolean doubleSpaced) {
    List<Block> blocks = new ArrayList<>();
    List<Block> pendingSide = new ArrayList<>();
    Block paragraph = null;
    int previousText = -1;
    int[] runWrap = runWrap(lines, kinds, wrap);
    for (int i = 0; i < lines.size(); i++) {
      switch (kinds[i]) {
        case BLANK -> {
          if (!doubleSpaced && paragraph != null) {
            blocks.add(paragraph);
            blocks.addAll(pendingSide);
            pendingSide.clear();
            paragraph = null;
          }
        }
        case FOOTER -> {
          Block b = new Block(SegmentType.PAGE_FOOTER);
          b.lines.add(i);
          (paragraph != null ? pendingSide : blocks).add(b);
        }
        case FOOTNOTE -> {
          Block b = new Block(SegmentType.FOOTNOTE);
          b.lines.add(i);
          Matcher m = LinePatterns.FOOTNOTE.matcher(content(s, lines.get(i)));
          b.label = m.matches() ? m.group(1) : null;
          int j = i + 1;
          while (j < lines.size() && kinds[j] == Kind.FOOTNOTE_CONTINUATION) {
            b.lines.add(j++);
          }
          i = j - 1;
          (paragraph != null ? pendingSide : blocks).add(b);
        }
        case TABLE -> {
          if (paragraph != null) {
            blocks.add(paragraph);
            blocks.addAll(pendingSide);
            pendingSide.clear();
            paragraph = null;
          }
          Block b = new Block(SegmentType.TABLE);
          int j = i;
          while (j < lines.size() && kinds[j] == Kind.TABLE) {
            b.lines.add(j++);
          }
          i = j - 1;
          blocks.add(b);
          previousText = -1;
        }
        case FOOTNOTE_CONTINUATION, TEXT -> {
          if (paragraph != null
              && previousText >= 0
              && breaksBetween(
                  s,
                  lines.get(previousText),
                  lines.get(i),
                  runWrap[i],
                  headingHint,
                  previousText,
                  i)) {
            blocks.add(paragraph);
            blocks.addAll(pendingSide);
            pendingSide.clear();
            paragraph = null;
          }
          if (paragraph == null) {
            paragraph = new Block(SegmentType.PARAGRAPH);
          }
          paragraph.lines.add(i);
          previousText = i;
        }
      }
    }
    if (paragraph != null) {
      blocks.add(paragraph);
    }
    blocks.addAll(pendingSide);
    return blocks;
  }

  /**
   * The wrap width around each line: a run of three or more text lines between blank lines that is
   * narrower than the page (a column of a two-column page) is judged by its own width.
   */
  private static int[] runWrap(List<Line> lines, Kind[] kinds, int wrap) {
    int[] out = new int[lines.size()];
    java.util.Arrays.fill(out, wrap);
    int i = 0;
    while (i < lines.size()) {
      if (kinds[i] != Kind.TEXT) {
        i++;
        continue;
      }
      int j = i;
      int max = 0;
      while (j < lines.size() && kinds[j] == Kind.TEXT) {
        max = Math.max(max, lines.get(j).length());
        j++;
      }
      if (j - i >= 3 && max >= 20 && max < wrap * 0.75) {
        for (int k = i; k < j; k++) {
          out[k] = max;
        }
      }
      i = j;
    }
    return out;
  }

  private static boolean breaksBetween(
      String s, Line prev, Line cur, int wrap, boolean[] hint, int prevIndex, int curIndex) {
    if (hint[prevIndex] || hint[curIndex]) {
      return true;
    }
    String p = content(s, prev);
    String c = content(s, cur);
    if (standalone(p, prevIndex) || standalone(c, curIndex)) {
      return true;
    }
    if (LinePatterns.LIST_START.matcher(c).matches()) {
      return true;
    }
    boolean terminated = TERMINATED.matcher(p).matches();
    if (terminated && p.length() < wrap * 0.85) {
      return true;
    }
    if (wrap > 160) {
      // Not hard-wrapped: each line is a paragraph of its own.
      return !p.endsWith("-");
    }
    boolean shortLine = p.length() < wrap * 0.6;
    return shortLine
        && !terminated
        && !p.endsWith("-")
        && !p.endsWith(",")
        && (Character.isUpperCase(c.charAt(0)) || c.length() < wrap * 0.6);
  }

  private static boolean standalone(String line, int index) {
    return LinePatterns.STANDALONE.matcher(line).matches()
        || index < LinePatterns.HEADER_LINES && LinePatterns.HEADER_LINE.matcher(line).matches();
  }

  /** Joins paragraphs that a page break, footnote or stray blank line cut in two. */
  private static List<Block> mergeBrokenParagraphs(String s, List<Line> lines, List<Block> in) {
    List<Block> out = new ArrayList<>();
    int lastParagraph = -1;
    boolean sideSince = false;
    for (Block b : in) {
      if (b.type == SegmentType.TABLE) {
        // nothing joins across a table
        out.add(b);
        lastParagraph = -1;
        continue;
      }
      if (b.type != SegmentType.PARAGRAPH) {
        out.add(b);
        sideSince = true;
        continue;
      }
      if (lastParagraph >= 0) {
        Block a = out.get(lastParagraph);
        String end = content(s, lines.get(a.lines.get(a.lines.size() - 1)));
        String start = content(s, lines.get(b.lines.get(0)));
        boolean open = !TERMINATED.matcher(end).matches() && !end.endsWith(",");
        boolean hyphenated = end.endsWith("-") && !end.endsWith(" -");
        boolean lower = Character.isLowerCase(start.charAt(0));
        int endIndex = a.lines.get(a.lines.size() - 1);
        int startIndex = b.lines.get(0);
        if (!standalone(end, endIndex)
            && !standalone(start, startIndex)
            && !LinePatterns.LIST_START.matcher(start).matches()
            && (hyphenated || (open && (lower || (sideSince && a.lines.size() > 1))))) {
          a.lines.addAll(b.lines);
          // keep the footnotes and footers that sat between the two halves after the paragraph
          List<Block> side = new ArrayList<>(out.subList(lastParagraph + 1, out.size()));
          out.subList(lastParagraph + 1, out.size()).clear();
          out.addAll(side);
          continue;
        }
      }
      out.add(b);
      lastParagraph = out.size() - 1;
      sideSince = false;
    }
    return out;
  }

  private static void classifyBlocks(
      String s, List<Line> lines, List<Block> blocks, boolean[] headingHint) {
    for (Block b : blocks) {
      if (b.type != SegmentType.PARAGRAPH) {
        continue;
      }
      int first = b.lines.get(0);
      String c = content(s, lines.get(first));
      if (headingHint[first]) {
        b.type = SegmentType.HEADING;
      } else if (LinePatterns.NUMBERED_POINT.matcher(c).matches()) {
        b.type = SegmentType.NUMBERED_POINT;
      } else if (b.lines.size() == 1
          && c.length() <= 100
          && !TERMINATED.matcher(c).matches()
          && !c.endsWith(",")
          && (Character.isUpperCase(c.charAt(0)) || Character.isDigit(c.charAt(0)))
          && !standalone(c, first)
          && !LinePatterns.LIST_START.matcher(c).matches()) {
        b.type = SegmentType.HEADING;
      }
    }
  }

  private static Piece render(String s, List<Line> lines, Block b) {
    if (b.type == SegmentType.TABLE) {
      return renderTable(s, lines, b);
    }
    Piece piece = new Piece();
    String previous = null;
    for (int li : b.lines) {
      Line l = lines.get(li);
      String c = content(s, l);
      if (previous != null) {
        if (previous.endsWith("-") && !previous.endsWith(" -") && !c.isEmpty()) {
          String left = lastWord(previous.substring(0, previous.length() - 1));
          String right = firstWord(c);
          if (!Dehyphenator.keepHyphen(left, right)) {
            // drop the typesetter's hyphen: it is the last character appended
            piece.delete(piece.text.length() - 1, piece.text.length());
          }
        } else {
          piece.append(' ', l.start());
        }
      }
      for (int k = l.contentStart(); k < l.contentEnd(); k++) {
        char ch = s.charAt(k);
        if (isSpace(ch)) {
          // collapse runs of spaces and tabs into one
          if (piece.text.length() > 0 && piece.text.charAt(piece.text.length() - 1) == ' ') {
            continue;
          }
          ch = ' ';
        }
        piece.append(ch, k);
      }
      previous = c;
    }
    return piece;
  }

  /** A table keeps its rows as lines and its cells apart by a tab. */
  private static Piece renderTable(String s, List<Line> lines, Block b) {
    Piece piece = new Piece();
    for (int li : b.lines) {
      Line l = lines.get(li);
      if (piece.text.length() > 0) {
        piece.append('\n', l.start());
      }
      for (int k = l.contentStart(); k < l.contentEnd(); k++) {
        char ch = s.charAt(k);
        if (ch != '\t' && isSpace(ch)) {
          if (piece.text.length() > 0 && piece.text.charAt(piece.text.length() - 1) == ' ') {
            continue;
          }
          ch = ' ';
        }
        piece.append(ch, k);
      }
    }
    return piece;
  }

  private static String lastWord(String s) {
    int i = s.length();
    while (i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '-')) {
      i--;
    }
    return s.substring(i);
  }

  private static String firstWord(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i);
  }

  /** Removes {@code bijgevoegd1}-style markers of footnotes from the paragraphs before them. */
  private static void removeFootnoteMarkers(List<Block> blocks, List<Piece> pieces) {
    for (int i = 0; i < blocks.size(); i++) {
      Block fn = blocks.get(i);
      if (fn.type != SegmentType.FOOTNOTE || fn.label == null) {
        continue;
      }
      Pattern p = markerPattern(Integer.parseInt(fn.label));
      for (int k = i - 1; k >= 0 && k >= i - 60; k--) {
        if (blocks.get(k).type == SegmentType.FOOTNOTE
            || blocks.get(k).type == SegmentType.PAGE_FOOTER) {
          continue;
        }
        Piece piece = pieces.get(k);
        Matcher m = p.matcher(piece.text);
        int found = -1;
        int foundEnd = -1;
        while (m.find()) {
          found = m.start();
          foundEnd = m.end();
        }
        if (found >= 0) {
          piece.delete(found, foundEnd);
          piece.footnoteRefs.add(found);
          piece.footnoteRefLabels.add(fn.label);
          break;
        }
      }
    }
  }

  private static CleanText emit(List<Block> blocks, List<Piece> pieces, OffsetMap sourceMap) {
    StringBuilder out = new StringBuilder();
    OffsetMap.Builder map = new OffsetMap.Builder();
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Piece piece = pieces.get(i);
      if (piece.text.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
        map.addInserted();
        map.addInserted();
      }
      int begin = out.length();
      for (int k = 0; k < piece.text.length(); k++) {
        out.append(piece.text.charAt(k));
        map.add(piece.offsets[k]);
      }
      Block b = blocks.get(i);
      segments.add(new Segment(b.type, new TextSpan(begin, out.length()), b.label));
      for (int r = 0; r < piece.footnoteRefs.size(); r++) {
        int at = begin + piece.footnoteRefs.get(r);
        segments.add(
            new Segment(
                SegmentType.FOOTNOTE_REF, new TextSpan(at, at), piece.footnoteRefLabels.get(r)));
      }
    }
    return new CleanText(out.toString(), map.build().then(sourceMap), segments);
  }
}
