package nl.koers.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.koers.document.OffsetMap;
import nl.koers.document.TextSpan;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Publications of officielebekendmakingen.nl (KOOP) in their XML: {@code <kamerstuk>}, {@code
 * <kamervragen>}, {@code <aanhangsel>}, {@code <handelingen>}, alone or inside {@code
 * <officiele-publicatie>}. The structure becomes the lines the cleaner expects: every element is a
 * block except the inline ones ({@code nadruk}, {@code extref}, {@code noot}…); {@code tussenkop}
 * and {@code kop} are headings; {@code <noot>} leaves its number where it stood and its text as a
 * footnote line after the paragraph; CALS tables stay tables; {@code <extref doc="kst-…">} becomes
 * a {@link SourceLink}; {@code <meta>} fields become source metadata.
 */
public final class KoopXmlReader implements DocumentReader {
  private static final Set<String> ROOTS =
      Set.of("officiele-publicatie", "kamerstuk", "kamervragen", "aanhangsel", "handelingen");
  private static final Set<String> INLINE =
      Set.of(
          "nadruk",
          "extref",
          "intref",
          "sup",
          "sub",
          "nootref",
          "ondernummer",
          "dossiernr",
          "afkorting",
          "term",
          "citaat-inline",
          "a",
          "i",
          "b",
          "u",
          "vet",
          "cursief");
  private static final Set<String> HEADINGS = Set.of("tussenkop", "kop", "titel");
  private static final Set<String> SKIPPED = Set.of("meta", "metadata", "noot.nr");

  @Override
  public String name() {
    return "koop-xml";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    String start =
        new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    if (!start.stripLeading().startsWith("<")) {
      return false;
    }
    if (start.contains("<metadata_gegevens")) {
      return true; // refused with a clear reason in read()
    }
    for (String root : ROOTS) {
      if (start.contains("<" + root + ">") || start.contains("<" + root + " ")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public SourceText read(String fileName, byte[] bytes) throws ReadException {
    if (KoopMetadata.isMetadataFile(bytes)) {
      throw new ReadException(
          "KOOP metadata (metadata.xml) is not a paper: it is read with the paper beside it");
    }
    Handler h = new Handler();
    SafeXml.parse(bytes, h);
    String text = h.out.toString();
    if (text.isBlank()) {
      throw new ReadException("the XML holds no text");
    }
    return new SourceText(
        text,
        OffsetMap.identity(),
        name(),
        "UTF-8",
        h.headings,
        h.tables,
        h.links,
        KoopMetadata.normalise(h.meta),
        List.of());
  }

  private static final class Handler extends DefaultHandler {
    final StringBuilder out = new StringBuilder();
    final List<TextSpan> headings = new ArrayList<>();
    final List<TextSpan> tables = new ArrayList<>();
    final List<SourceLink> links = new ArrayList<>();
    final Map<String, String> meta = new LinkedHashMap<>();

    /** Footnotes met in the current block, written after it. */
    final List<String> pendingNotes = new ArrayList<>();

    private final List<String> stack = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private final List<String> linkTargets = new ArrayList<>();
    private int skip;
    private StringBuilder note;
    private String noteNumber;
    private boolean inNoteNumber;
    private int tableDepth;
    private int tableStart;
    private boolean rowHasCell;
    private boolean tableHasRow;
    private boolean seenRoot;

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws org.xml.sax.SAXException {
      String name = qName.toLowerCase(Locale.ROOT);
      if (!seenRoot) {
        seenRoot = true;
        if (!ROOTS.contains(name)) {
          throw new org.xml.sax.SAXException(
              new ReadException("XML root <" + qName + "> is not a KOOP publication"));
        }
      }
      stack.add(name);
      starts.add(out.length());
      linkTargets.add(name.equals("extref") ? atts.getValue("doc") : null);
      if (name.equals("meta") || name.equals("metadata")) {
        KoopMetadata.add(meta, atts.getValue("name"), atts.getValue("content"));
      }
      if (skip > 0 || SKIPPED.contains(name)) {
        skip++;
        if (name.equals("noot.nr")) {
          inNoteNumber = true;
        }
        return;
      }
      if (name.equals("noot")) {
        note = new StringBuilder();
        noteNumber = atts.getValue("nr");
        return;
      }
      if (note != null) {
        note.append(' ');
        return;
      }
      if (tableDepth > 0 || name.equals("table")) {
        table(name);
        return;
      }
      if (!INLINE.contains(name)) {
        blockBreak();
      }
      if (name.equals("stuknr")) {
        out.append("Nr. ");
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      String name = qName.toLowerCase(Locale.ROOT);
      int begin = starts.remove(starts.size() - 1);
      String target = linkTargets.remove(linkTargets.size() - 1);
      stack.remove(stack.size() - 1);
      if (skip > 0) {
        skip--;
        if (name.equals("noot.nr")) {
          inNoteNumber = false;
        }
        return;
      }
      if (name.equals("noot")) {
        String number = noteNumber != null ? noteNumber.strip() : "";
        if (!number.isEmpty()) {
          out.append(number);
          pendingNotes.add(number + " " + note.toString().strip().replaceAll("\\s+", " "));
        }
        note = null;
        noteNumber = null;
        return;
      }
      if (note != null) {
        return;
      }
      if (tableDepth > 0) {
        if (name.equals("table") && --tableDepth == 0) {
          trim();
          if (out.length() > tableStart) {
            tables.add(new TextSpan(tableStart, out.length()));
          }
          out.append("\n\n");
        }
        return;
      }
      if (name.equals("extref")) {
        String kst = KoopMetadata.kstIdIn(target);
        if (kst != null && out.length() > begin) {
          links.add(new SourceLink(new TextSpan(begin, out.length()), kst));
        }
        return;
      }
      if (INLINE.contains(name)) {
        return;
      }
      trim();
      if (HEADINGS.contains(name) && out.length() > begin && !isInside("table")) {
        int b = begin;
        while (b < out.length() && Character.isWhitespace(out.charAt(b))) {
          b++;
        }
        if (b < out.length()) {
          headings.add(new TextSpan(b, out.length()));
        }
      }
      blockBreak();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inNoteNumber) {
        noteNumber = (noteNumber == null ? "" : noteNumber) + new String(ch, start, length);
        return;
      }
      if (skip > 0) {
        return;
      }
      StringBuilder to = note != null ? note : out;
      for (int i = start; i < start + length; i++) {
        char c = ch[i];
        if (Character.isWhitespace(c) && c != '\u00a0') {
          if (to.isEmpty() || Character.isWhitespace(to.charAt(to.length() - 1))) {
            continue;
          }
          if (tableDepth > 0 && to.charAt(to.length() - 1) == '\t') {
            continue;
          }
          c = ' ';
        }
        to.append(c);
      }
    }

    private void table(String name) {
      switch (name) {
        case "table" -> {
          if (tableDepth++ == 0) {
            blockBreak();
            tableStart = out.length();
            tableHasRow = false;
          }
        }
        case "row", "tr" -> {
          trim();
          if (tableHasRow) {
            out.append('\n');
          }
          tableHasRow = true;
          rowHasCell = false;
        }
        case "entry", "td", "th" -> {
          trim();
          if (rowHasCell) {
            out.append('\t');
          }
          rowHasCell = true;
        }
        default -> {}
      }
    }

    private boolean isInside(String name) {
      return stack.contains(name);
    }

    private void trim() {
      while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
    }

    /** Ends the current block: a blank line, then the footnotes it referred to. */
    private void blockBreak() {
      trim();
      if (out.isEmpty()) {
        return;
      }
      int n = out.length();
      if (!(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
        out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
      }
      if (!pendingNotes.isEmpty()) {
        for (String fn : pendingNotes) {
          out.append(fn).append('\n');
        }
        out.append('\n');
        pendingNotes.clear();
      }
    }
  }
}
