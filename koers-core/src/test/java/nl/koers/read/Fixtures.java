package nl.koers.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.koers.read.SamplePaper.Block;
import nl.koers.read.SamplePaper.Kind;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Writes the project's sample paper in every format Koers reads, with the layout problems real
 * papers have: the PDF has a running header, the parliamentary footer, a footnote at the page
 * bottom, a word hyphenated across a page break, a two-column page, an image-only page and a table;
 * the Word, OpenDocument, HTML and KOOP versions carry real footnotes and tables.
 */
public final class Fixtures {
  static final String RUNNING_HEADER = "Verslag Raad Buitenlandse Zaken, 23 februari 2026";
  static final String FOOTER = "Tweede Kamer, vergaderjaar 2025–2026, 21 501-02, nr. 3101";
  static final String HYPHENATED = "luchtverdediging";

  private final SamplePaper paper = SamplePaper.load();

  SamplePaper paper() {
    return paper;
  }

  /** The paper as plain text, the form every other format is compared with. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (Block b : paper.blocks()) {
      switch (b.kind()) {
        case HEADER, SIGNATURE -> out.append(b.text()).append('\n');
        case ROW -> out.append(b.text().replace(" | ", "\t")).append('\n');
        case FOOTNOTE -> out.append('\n').append(b.text()).append("\n\n");
        default -> out.append('\n').append(b.plain()).append("\n\n");
      }
    }
    return out.toString();
  }

  byte[] html() {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">")
        .append("<title>Verslag Raad Buitenlandse Zaken</title></head><body>\n");
    boolean inTable = false;
    for (Block b : paper.blocks()) {
      if (b.kind() != Kind.ROW && inTable) {
        h.append("</table>\n");
        inTable = false;
      }
      switch (b.kind()) {
        case HEADER, SIGNATURE -> h.append("<p>").append(esc(b.text())).append("</p>\n");
        case HEADING -> h.append("<h2>").append(esc(b.text())).append("</h2>\n");
        case PARAGRAPH, COLUMN ->
            h.append("<p>")
                .append(esc(b.text()).replaceAll("\\[\\^(\\d+)]", "<sup>$1</sup>"))
                .append("</p>\n");
        case ROW -> {
          if (!inTable) {
            h.append("<table>\n");
            inTable = true;
          }
          h.append("<tr>");
          for (String c : b.cells()) {
            h.append("<td>").append(esc(c)).append("</td>");
          }
          h.append("</tr>\n");
        }
        case FOOTNOTE -> {}
      }
    }
    h.append("<hr><div class=\"footnotes\">");
    for (Block b : paper.of(Kind.FOOTNOTE)) {
      h.append("<p>").append(esc(b.text())).append("</p>");
    }
    h.append("</div>\n</body></html>\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  public byte[] docx() {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable table = null;
      for (Block b : paper.blocks()) {
        if (b.kind() != Kind.ROW) {
          table = null;
        }
        switch (b.kind()) {
          case ROW -> {
            List<String> cells = b.cells();
            if (table == null) {
              table = doc.createTable(1, cells.size());
              fill(table.getRow(0).getTableCells(), cells);
            } else {
              var row = table.createRow();
              fill(row.getTableCells(), cells);
            }
          }
          case FOOTNOTE -> {}
          case HEADING -> {
            XWPFRun r = doc.createParagraph().createRun();
            r.setBold(true);
            r.setText(b.text());
          }
          default -> {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText(b.withoutMarker());
            String marker = b.marker();
            if (marker != null) {
              XWPFFootnote fn = doc.createFootnote();
              fn.createParagraph().createRun().setText(paper.footnote(marker));
              p.addFootnoteReference(fn);
            }
          }
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(
      List<org.apache.poi.xwpf.usermodel.XWPFTableCell> cells, List<String> t) {
    for (int i = 0; i < t.size(); i++) {
      cells.get(i).setText(t.get(i));
    }
  }

  byte[] odt() {
    StringBuilder c = new StringBuilder();
    c.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<office:document-content")
        .append(" xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
        .append(" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"")
        .append(" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"")
        .append(" office:version=\"1.3\"><office:body><office:text>\n");
    boolean inTable = false;
    for (Block b : paper.blocks()) {
      if (b.kind() != Kind.ROW && inTable) {
        c.append("</table:table>\n");
        inTable = false;
      }
      switch (b.kind()) {
        case HEADING ->
            c.append("<text:h text:outline-level=\"2\">")
                .append(esc(b.text()))
                .append("</text:h>\n");
        case ROW -> {
          if (!inTable) {
            c.append("<table:table table:name=\"Bijdragen\"><table:table-column")
                .append(" table:number-columns-repeated=\"")
                .append(b.cells().size())
                .append("\"/>");
            inTable = true;
          }
          c.append("<table:table-row>");
          for (String cell : b.cells()) {
            c.append("<table:table-cell><text:p>")
                .append(esc(cell))
                .append("</text:p></table:table-cell>");
          }
          c.append("</table:table-row>\n");
        }
        case FOOTNOTE -> {}
        default -> {
          String marker = b.marker();
          c.append("<text:p>").append(esc(b.withoutMarker()));
          if (marker != null) {
            c.append("<text:note text:id=\"ftn")
                .append(marker)
                .append("\" text:note-class=\"footnote\"><text:note-citation>")
                .append(marker)
                .append("</text:note-citation><text:note-body><text:p>")
                .append(esc(paper.footnote(marker)))
                .append("</text:p></text:note-body></text:note>");
          }
          c.append("</text:p>\n");
        }
      }
    }
    c.append("</office:text></office:body></office:document-content>\n");
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.3\">"
            + "<manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>\n";
    return odf(c.toString().getBytes(StandardCharsets.UTF_8), manifest);
  }

  /** An OpenDocument zip: {@code mimetype} stored first, as the standard requires. */
  static byte[] odf(byte[] content, String manifest) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paper as RTF: paragraphs, a table ({@code \\trowd … \\row}) and a real footnote. */
  public byte[] rtf() {
    StringBuilder r =
        new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n");
    for (Block b : paper.blocks()) {
      switch (b.kind()) {
        case ROW -> {
          r.append("\\trowd");
          int x = 0;
          for (int i = 0; i < b.cells().size(); i++) {
            x += 3000;
            r.append("\\cellx").append(x);
          }
          r.append('\n');
          for (String cell : b.cells()) {
            r.append("\\intbl ").append(rtfText(cell)).append("\\cell ");
          }
          r.append("\\row\n");
        }
        case FOOTNOTE -> {}
        default -> {
          r.append("\\pard ").append(rtfText(b.withoutMarker()));
          String marker = b.marker();
          if (marker != null) {
            r.append("{\\super ")
                .append(marker)
                .append("}{\\footnote\\pard {\\super ")
                .append(marker)
                .append("} ")
                .append(rtfText(paper.footnote(marker)))
                .append("}");
          }
          r.append("\\par\n");
        }
      }
    }
    r.append("}\n");
    return r.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String rtfText(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '\\' || c == '{' || c == '}') {
        out.append('\\').append(c);
      } else if (c > 127) {
        out.append("\\u").append((int) c).append('?');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The paper as officielebekendmakingen publishes it in XML, with its {@code <meta>} fields. */
  public byte[] koopXml(boolean withMeta) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<officiele-publicatie>\n");
    if (withMeta) {
      x.append("<metadata>").append(metaElements("meta")).append("</metadata>\n");
    }
    List<Block> header = paper.of(Kind.HEADER);
    x.append("<kamerstuk><kamerstukkop><vergaderjaar>")
        .append(esc(header.get(0).text()))
        .append("</vergaderjaar><vergaderjaar>")
        .append(esc(header.get(1).text()))
        .append("</vergaderjaar></kamerstukkop>\n<dossier><dossiernummer><dossiernr>")
        .append(esc(header.get(2).text()))
        .append("</dossiernr></dossiernummer><titel>")
        .append(esc(header.get(3).text()))
        .append("</titel></dossier>\n<stuk><stuknr><ondernummer>3101</ondernummer></stuknr><titel>")
        .append(esc(header.get(5).text()))
        .append("</titel>\n<algemeen><brief><adres><al>")
        .append(esc(header.get(6).text()))
        .append("</al></adres><dagtekening>")
        .append(esc(header.get(7).text()))
        .append("</dagtekening>\n");
    boolean inTable = false;
    for (Block b : paper.blocks()) {
      if (b.kind() != Kind.ROW && inTable) {
        x.append("</tbody></tgroup></table>\n");
        inTable = false;
      }
      switch (b.kind()) {
        case HEADING -> x.append("<tussenkop>").append(esc(b.text())).append("</tussenkop>\n");
        case ROW -> {
          if (!inTable) {
            x.append("<table><tgroup cols=\"").append(b.cells().size()).append("\"><tbody>");
            inTable = true;
          }
          x.append("<row>");
          for (String cell : b.cells()) {
            x.append("<entry>").append(esc(cell)).append("</entry>");
          }
          x.append("</row>\n");
        }
        case PARAGRAPH, COLUMN -> {
          String marker = b.marker();
          String al = links(esc(b.withoutMarker()));
          if (marker != null) {
            al +=
                "<noot><noot.nr>"
                    + marker
                    + "</noot.nr><noot.al>"
                    + links(esc(paper.footnote(marker)))
                    + "</noot.al></noot>";
          }
          x.append("<al>").append(al).append("</al>\n");
        }
        default -> {}
      }
    }
    x.append("<slotformule/><ondertekening>");
    for (Block b : paper.of(Kind.SIGNATURE)) {
      x.append("<al>").append(esc(b.text())).append("</al>");
    }
    x.append("</ondertekening></brief></algemeen></stuk></kamerstuk>\n</officiele-publicatie>\n");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Wraps every {@code Kamerstuk 21 501-02, nr. N} in the publisher's {@code <extref>}. */
  private static String links(String s) {
    return s.replaceAll(
        "Kamerstuk 21 501-02, nr\\. (\\d+)",
        "<extref doc=\"https://zoek.officielebekendmakingen.nl/kst-21501-02-$1\">$0</extref>");
  }

  /**
   * The sidecar {@code metadata.xml}. Its letter date (2 March) deliberately differs from the one
   * the text prints (3 March), so tests can see which wins and that both are kept.
   */
  public byte[] metadataXml() {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<metadata_gegevens>\n"
            + metaElements("metadata")
            + "</metadata_gegevens>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String metaElements(String element) {
    String[][] fields = {
      {"DC.identifier", "kst-21501-02-3101"},
      {"DC.title", "Raad Algemene Zaken en Raad Buitenlandse Zaken; Brief regering"},
      {"DC.type", "Kamerstuk"},
      {"DC.creator", "Tweede Kamer der Staten-Generaal"},
      {"OVERHEIDop.dossiernummer", "21501-02"},
      {"OVERHEIDop.ondernummer", "3101"},
      {"OVERHEIDop.dossiertitel", "Raad Algemene Zaken en Raad Buitenlandse Zaken"},
      {"OVERHEIDop.vergaderjaar", "2025-2026"},
      {"OVERHEIDop.datumBrief", "2026-03-02"},
      {"DCTERMS.issued", "2026-03-05"},
    };
    StringBuilder s = new StringBuilder();
    for (String[] f : fields) {
      s.append('<')
          .append(element)
          .append(" name=\"")
          .append(f[0])
          .append("\" scheme=\"\" content=\"")
          .append(esc(f[1]))
          .append("\"/>\n");
    }
    return s.toString();
  }

  /** PDF layout choices. */
  public record PdfOptions(boolean imageOnlyPage, String ownerPassword, String userPassword) {
    public static final PdfOptions LAYOUT = new PdfOptions(true, null, null);
  }

  public byte[] pdf(PdfOptions options) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfPages pages = new PdfPages(doc);
      List<Block> blocks = paper.blocks();
      // page 1: header, first paragraph with its footnote, the start of the second paragraph
      pages.newPage(1);
      for (Block b : paper.of(Kind.HEADER)) {
        pages.line(b.text());
      }
      pages.gap();
      List<Block> paragraphs = paper.of(Kind.PARAGRAPH);
      Block first = paragraphs.get(0);
      pages.paragraph(first.withoutMarker(), first.marker());
      pages.gap();
      String second = paragraphs.get(1).text();
      int cut = second.indexOf(HYPHENATED);
      pages.paragraph(second.substring(0, cut) + HYPHENATED.substring(0, 5) + "-", null);
      pages.footnote(first.marker() + " " + paper.footnote(first.marker()));
      pages.endPage();
      // page 2: the rest of the paragraph across the page break, then two columns
      pages.newPage(2);
      pages.paragraph(HYPHENATED.substring(5) + second.substring(cut + HYPHENATED.length()), null);
      pages.gap();
      pages.line(paper.of(Kind.HEADING).get(0).text());
      pages.gap();
      List<Block> columns = paper.of(Kind.COLUMN);
      pages.columns(columns.get(0).text(), columns.get(1).text());
      pages.endPage();
      if (options.imageOnlyPage()) {
        pages.imagePage();
      }
      // last page: the table, the last paragraph, the signature
      pages.newPage(options.imageOnlyPage() ? 4 : 3);
      pages.line(paper.of(Kind.HEADING).get(1).text());
      for (Block b : paper.of(Kind.ROW)) {
        pages.row(b.cells());
      }
      pages.gap();
      pages.paragraph(paragraphs.get(2).text(), null);
      pages.gap();
      for (Block b : paper.of(Kind.SIGNATURE)) {
        pages.line(b.text());
      }
      pages.endPage();
      if (options.userPassword() != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(
                options.ownerPassword(), options.userPassword(), new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      assert blocks != null;
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A PDF in whose text a footnote stands between the two halves of a sentence with no paragraph
   * break around it, as text extraction gives a page whose content stream draws the note (at the
   * page bottom) between the body lines: {@code before}, then {@code note}, then {@code after},
   * each line drawn at the body's size and leading. No parliamentary footer (a ministry's own PDF),
   * so nothing but the note separates the halves.
   */
  public static byte[] pdfWithNoteCuttingASentence(
      List<String> before, String note, List<String> after) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfPages pages = new PdfPages(doc);
      pages.newBarePage(1);
      for (String line : before) {
        pages.line(line);
      }
      pages.line(note);
      for (String line : after) {
        pages.line(line);
      }
      pages.closePage();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF of only scanned-looking pages: images, no text layer. */
  public static byte[] scannedPdf(int pageCount) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfPages pages = new PdfPages(doc);
      for (int i = 0; i < pageCount; i++) {
        pages.imagePage();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lays text out on A4 pages with PDFBox's standard Helvetica. */
  private static final class PdfPages {
    private static final float LEFT = 60;
    private static final float WIDTH = 470;
    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private final PDDocument doc;
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDPageContentStream stream;
    private float y;
    private int number;

    PdfPages(PDDocument doc) {
      this.doc = doc;
    }

    void newPage(int pageNumber) throws IOException {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      number = pageNumber;
      text(LEFT, 805, 9, RUNNING_HEADER);
      y = 770;
    }

    /** A page without running header or footer. */
    void newBarePage(int pageNumber) throws IOException {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      number = pageNumber;
      y = 790;
    }

    void closePage() throws IOException {
      stream.close();
    }

    void endPage() throws IOException {
      text(LEFT, 40, 8, FOOTER + " " + number);
      stream.close();
    }

    void imagePage() throws IOException {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage image = new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 200, 120);
      g.setColor(Color.DARK_GRAY);
      for (int i = 10; i < 110; i += 12) {
        g.fillRect(10, i, 150 + (i % 30), 6); // looks like lines of print, is only pixels
      }
      g.dispose();
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.drawImage(xobject, 60, 400, 470, 282);
      }
    }

    void line(String text) throws IOException {
      text(LEFT, y, SIZE, text);
      y -= LEADING;
    }

    void gap() {
      y -= LEADING;
    }

    void paragraph(String text, String marker) throws IOException {
      List<String> lines = wrap(text, WIDTH, SIZE);
      for (int i = 0; i < lines.size(); i++) {
        text(LEFT, y, SIZE, lines.get(i));
        if (marker != null && i == lines.size() - 1) {
          float x = LEFT + font.getStringWidth(lines.get(i)) / 1000 * SIZE;
          text(x, y + 4, 7, marker); // superscript footnote marker
        }
        y -= LEADING;
      }
    }

    void columns(String left, String right) throws IOException {
      float top = y;
      float width = 220;
      for (String l : wrap(left, width, SIZE)) {
        text(LEFT, y, SIZE, l);
        y -= LEADING;
      }
      float bottom = y;
      y = top;
      for (String l : wrap(right, width, SIZE)) {
        text(LEFT + width + 30, y, SIZE, l);
        y -= LEADING;
      }
      y = Math.min(y, bottom);
    }

    void row(List<String> cells) throws IOException {
      float[] xs = {LEFT, LEFT + 240, LEFT + 340};
      for (int i = 0; i < cells.size(); i++) {
        text(xs[i], y, SIZE, cells.get(i));
      }
      y -= LEADING;
    }

    void footnote(String text) throws IOException {
      text(LEFT, 80, 8, text);
    }

    private void text(float x, float atY, float size, String s) throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, atY);
      stream.showText(s);
      stream.endText();
    }

    private List<String> wrap(String text, float width, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
