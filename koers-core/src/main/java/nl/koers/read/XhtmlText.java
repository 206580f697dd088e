package nl.koers.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.koers.document.TextSpan;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the XHTML that Tika emits for a document into lines of text the cleaner understands:
 * blocks end with a blank line, headings and tables are remembered as spans, table rows become
 * lines with tab-separated cells. PDF pages are kept apart (with their line breaks, which the
 * cleaner needs to mend hyphenation) so running headers can be found across pages.
 */
final class XhtmlText extends DefaultHandler {
  /** Thrown when a document yields more text than allowed. */
  static final class TooMuchText extends SAXException {
    private static final long serialVersionUID = 1L;

    TooMuchText(int limit) {
      super("more than " + limit + " characters of text");
    }
  }

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "blockquote",
          "pre",
          "section",
          "article",
          "header",
          "footer",
          "aside",
          "dl",
          "dt",
          "dd",
          "ul",
          "ol",
          "address",
          "figure",
          "figcaption",
          "caption");
  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript");

  private final boolean pdf;
  private final int maxChars;
  private int total;
  private StringBuilder out = new StringBuilder();
  private final List<String> pages = new ArrayList<>();
  private final List<TextSpan> headings = new ArrayList<>();
  private final List<TextSpan> tables = new ArrayList<>();
  private int skipDepth;
  private int tableDepth;
  private int tableStart;
  private boolean rowHasCell;
  private boolean tableHasRow;
  private int headingStart = -1;

  /** Depth of {@code <pre>}: its line breaks are the paper's lines, blank lines its paragraphs. */
  private int preDepth;

  private final List<Integer> listCounters = new ArrayList<>();

  /**
   * A footnote being collected: DOCX {@code <div class="footnote">}, ODT {@code <p class="note">}.
   */
  private StringBuilder note;

  private boolean noteIsOdt;
  private int noteDepth;

  /** Numbers of DOCX {@code [footnoteRef:n]} markers whose notes have not come yet. */
  private final java.util.ArrayDeque<String> noteRefs = new java.util.ArrayDeque<>();

  /** ODT notes met inside a paragraph, written as footnote lines after it. */
  private final List<String> pendingNotes = new ArrayList<>();

  private static final java.util.regex.Pattern NOTE_REF =
      java.util.regex.Pattern.compile("\\[(?:footnote|endnote)Ref:(\\d+)]");

  XhtmlText(boolean pdf, int maxChars) {
    this.pdf = pdf;
    this.maxChars = maxChars;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = (localName == null || localName.isEmpty() ? qName : localName);
    name = name.toLowerCase(Locale.ROOT);
    if (SKIPPED.contains(name) || skipDepth > 0) {
      skipDepth += SKIPPED.contains(name) || skipDepth > 0 ? 1 : 0;
      return;
    }
    if (note != null) {
      noteDepth++;
      note.append(' ');
      return;
    }
    String cls = atts.getValue("class");
    if ((name.equals("p") && "note".equals(cls))
        || (name.equals("div") && ("footnote".equals(cls) || "endnote".equals(cls)))) {
      note = new StringBuilder();
      noteIsOdt = name.equals("p");
      noteDepth = 0;
      return;
    }
    if (pdf && name.equals("div")) {
      if ("page".equals(atts.getValue("class")) && pdfDivDepth == 0) {
        out = new StringBuilder();
      } else {
        pdfDivDepth++;
        blankLine();
      }
      return;
    }
    if (tableDepth > 0) {
      switch (name) {
        case "table" -> tableDepth++;
        case "tr" -> {
          if (tableHasRow) {
            out.append('\n');
          }
          tableHasRow = true;
          rowHasCell = false;
        }
        case "td", "th" -> {
          if (rowHasCell) {
            out.append('\t');
          }
          rowHasCell = true;
        }
        case "br", "p", "li", "div" -> space();
        default -> {}
      }
      return;
    }
    if (name.equals("pre")) {
      preDepth++;
    }
    switch (name) {
      case "table" -> {
        blankLine();
        tableDepth = 1;
        tableStart = out.length();
        tableHasRow = false;
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        blankLine();
        headingStart = out.length();
      }
      case "br" -> out.append('\n');
      case "ol" -> {
        blankLine();
        listCounters.add(0);
      }
      case "ul" -> {
        blankLine();
        listCounters.add(-1);
      }
      case "li" -> {
        newLine();
        int last = listCounters.size() - 1;
        if (last >= 0 && listCounters.get(last) >= 0) {
          listCounters.set(last, listCounters.get(last) + 1);
          out.append(listCounters.get(last)).append(". ");
        } else {
          out.append("- ");
        }
      }
      default -> {
        if (BLOCKS.contains(name)) {
          blankLine();
        }
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = (localName == null || localName.isEmpty() ? qName : localName);
    name = name.toLowerCase(Locale.ROOT);
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (note != null) {
      if (noteDepth-- > 0) {
        note.append(' ');
        return;
      }
      endNote();
      return;
    }
    if (pdf && name.equals("div")) {
      if (pdfDivDepth > 0) {
        pdfDivDepth--;
        blankLine();
      } else {
        pages.add(out.toString());
        out = new StringBuilder();
      }
      return;
    }
    if (tableDepth > 0) {
      if (name.equals("table") && --tableDepth == 0) {
        trimTrailingSpace();
        if (out.length() > tableStart) {
          tables.add(new TextSpan(tableStart, out.length()));
        }
        out.append("\n\n");
      }
      return;
    }
    if (name.equals("pre") && preDepth > 0) {
      preDepth--;
    }
    switch (name) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        trimTrailingSpace();
        if (headingStart >= 0 && out.length() > headingStart) {
          headings.add(new TextSpan(headingStart, out.length()));
        }
        headingStart = -1;
        out.append("\n\n");
      }
      case "ol", "ul" -> {
        if (!listCounters.isEmpty()) {
          listCounters.remove(listCounters.size() - 1);
        }
        blankLine();
      }
      case "li" -> newLine();
      default -> {
        if (BLOCKS.contains(name)) {
          blankLine();
        }
      }
    }
  }

  /** Depth of divs inside a PDF page ({@code <div class="annotation">}). */
  private int pdfDivDepth;

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth > 0) {
      return;
    }
    total += length;
    if (total > maxChars) {
      throw new TooMuchText(maxChars);
    }
    if (note != null) {
      note.append(ch, start, length);
      return;
    }
    if (!pdf && length > 12) {
      String chunk = new String(ch, start, length);
      java.util.regex.Matcher m = NOTE_REF.matcher(chunk);
      if (m.find()) {
        StringBuilder replaced = new StringBuilder();
        do {
          noteRefs.add(m.group(1));
          m.appendReplacement(replaced, m.group(1));
        } while (m.find());
        m.appendTail(replaced);
        append(replaced.toString().toCharArray(), 0, replaced.length());
        return;
      }
    }
    append(ch, start, length);
  }

  private void append(char[] ch, int start, int length) {
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (c == '\r') {
        continue;
      }
      // A PDF's and a <pre>'s line breaks are kept for the cleaner (hyphenation, paragraphs).
      if (!(pdf || preDepth > 0) || tableDepth > 0) {
        if (c == '\n' || c == '\t' || c == '\u000b') {
          c = ' ';
        }
      } else if (!pdf && (c == '\t' || c == '\u000b')) {
        c = ' ';
      }
      if (c == ' ' && (out.isEmpty() || endsWithSpace())) {
        continue;
      }
      out.append(c);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // Tika marks a PDF's line ends this way; elsewhere it is only layout between elements.
    if (pdf && skipDepth == 0 && note == null && tableDepth == 0) {
      for (int i = start; i < start + length; i++) {
        if (ch[i] == '\n') {
          newLine();
        }
      }
    }
  }

  /** A finished footnote: its marker stays in the text, its text becomes a footnote line. */
  private void endNote() {
    String text = note.toString().strip().replaceAll("\\s+", " ");
    note = null;
    if (text.isEmpty()) {
      return;
    }
    if (noteIsOdt) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(\\d{1,3})\\s+(.*)").matcher(text);
      if (m.matches()) {
        out.append(m.group(1));
        pendingNotes.add(m.group(1) + " " + m.group(2));
      } else {
        pendingNotes.add(text);
      }
      return;
    }
    String number = noteRefs.poll();
    blankLine();
    out.append(number != null ? number + " " + text : text);
    blankLine();
  }

  private boolean endsWithSpace() {
    char last = out.charAt(out.length() - 1);
    return last == ' ' || last == '\n' || last == '\t';
  }

  private void space() {
    if (!out.isEmpty() && !endsWithSpace()) {
      out.append(' ');
    }
  }

  private void trimTrailingSpace() {
    while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }

  private void newLine() {
    trimTrailingSpace();
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  private void blankLine() {
    newLine();
    int n = out.length();
    if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
      out.append('\n');
    }
    if (!pendingNotes.isEmpty()) {
      List<String> notes = new ArrayList<>(pendingNotes);
      pendingNotes.clear();
      for (String n2 : notes) {
        out.append(n2).append('\n');
      }
      out.append('\n');
    }
  }

  /** The PDF's pages, in order; empty for other formats. */
  List<String> pages() {
    if (pdf && !out.toString().isBlank()) {
      pages.add(out.toString());
      out = new StringBuilder();
    }
    return pages;
  }

  String text() {
    return out.toString();
  }

  List<TextSpan> headings() {
    return headings;
  }

  List<TextSpan> tables() {
    return tables;
  }
}
