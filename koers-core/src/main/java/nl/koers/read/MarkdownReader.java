package nl.koers.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.document.OffsetMap;
import nl.koers.document.TextSpan;

/**
 * Markdown papers, and {@code .txt} files that are Markdown in disguise (ATX headings or inline
 * {@code <sup>} tags, as in exports of officielebekendmakingen HTML). Markup characters are dropped
 * from the text, never rewritten, so every remaining character keeps its original offset: headings
 * become heading hints, emphasis and tags vanish, and {@code <sup>1</sup>} leaves the bare marker
 * {@code 1} that the cleaner turns into a footnote reference.
 */
public final class MarkdownReader implements DocumentReader {
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+");
  private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$");
  private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
  private static final Pattern EMPHASIS =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}*_])(\\*{1,3}|_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}*_])");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\(([^)\\s]+)\\)");
  private static final Pattern SIGNAL =
      Pattern.compile("(?m)^ {0,3}#{1,6} \\S|<sup>|^ {0,3}(?:-{3,}|\\*{3,})\\s*$");

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      return TextDecoder.looksLikeText(head);
    }
    if (!(lower.endsWith(".txt") || !lower.contains(".")) || !TextDecoder.looksLikeText(head)) {
      return false;
    }
    String sample = new String(head, 0, Math.min(head.length, 16384), StandardCharsets.ISO_8859_1);
    Matcher m = SIGNAL.matcher(sample);
    int signals = 0;
    while (m.find()) {
      signals++;
    }
    return signals >= 2;
  }

  @Override
  public SourceText read(String fileName, byte[] bytes) throws ReadException {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    String in = decoded.text();
    StringBuilder out = new StringBuilder(in.length());
    OffsetMap.Builder map = new OffsetMap.Builder();
    List<TextSpan> headings = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= in.length()) {
      int nl = in.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? in.length() : nl;
      String line = in.substring(lineStart, lineEnd);
      BitSet drop = new BitSet(line.length());
      boolean heading = markup(line, drop);
      int outBegin = out.length();
      for (int i = 0; i < line.length(); i++) {
        if (!drop.get(i)) {
          out.append(line.charAt(i));
          map.add(lineStart + i);
        }
      }
      if (heading && out.length() > outBegin) {
        headings.add(new TextSpan(outBegin, out.length()));
      }
      if (nl < 0) {
        break;
      }
      out.append('\n');
      map.add(nl);
      lineStart = nl + 1;
    }
    return new SourceText(out.toString(), map.build(), name(), decoded.charset().name(), headings);
  }

  /** Marks the markup characters of one line to drop; returns whether it is a heading. */
  private static boolean markup(String line, BitSet drop) {
    if (RULE.matcher(line).matches()) {
      drop.set(0, line.length());
      return false;
    }
    boolean heading = false;
    Matcher h = HEADING.matcher(line);
    if (h.find()) {
      heading = true;
      drop.set(0, h.end());
      Matcher close = CLOSING_HASHES.matcher(line);
      if (close.find() && close.start() > h.end()) {
        drop.set(close.start(), line.length());
      }
    }
    Matcher link = LINK.matcher(line);
    while (link.find()) {
      drop.set(link.start(), link.start(1));
      drop.set(link.end(1), link.end());
    }
    Matcher tag = TAG.matcher(line);
    while (tag.find()) {
      drop.set(tag.start(), tag.end());
    }
    Matcher em = EMPHASIS.matcher(line);
    while (em.find()) {
      drop.set(em.start(1), em.end(1));
      drop.set(em.end(2), em.end());
    }
    return heading;
  }
}
