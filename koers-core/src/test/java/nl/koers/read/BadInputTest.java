package nl.koers.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken files: each gets one clear outcome naming the reason, none crashes. */
class BadInputTest {
  private static final Fixtures FIXTURES = new Fixtures();
  private final PaperProcessor processor = PaperProcessor.standard();

  private static void failsWith(Outcome o, String reasonPart) {
    assertThat(o.status()).as(o.reason()).isEqualTo(Outcome.Status.FAILED);
    assertThat(o.reason()).containsIgnoringCase(reasonPart).doesNotContain("internal error");
  }

  @Test
  void encryptedPdfIsNamedAsSuch() {
    byte[] pdf = FIXTURES.pdf(new Fixtures.PdfOptions(false, "owner-secret", "user-secret"));
    failsWith(processor.process("locked.pdf", pdf), "encrypted");
  }

  @Test
  void scannedPdfNeedsOcr() {
    Outcome o = processor.process("scan.pdf", Fixtures.scannedPdf(2));
    assertThat(o.status()).isEqualTo(Outcome.Status.NEEDS_OCR);
    assertThat(o.reason())
        .isEqualTo("needs OCR: none of its 2 page(s) has a text layer (run with --ocr)");
  }

  @Test
  void truncatedAndCorruptFilesFailClearly() {
    byte[] pdf = FIXTURES.pdf(Fixtures.PdfOptions.LAYOUT);
    Outcome half = processor.process("half.pdf", Arrays.copyOf(pdf, pdf.length / 3));
    // PDFBox may salvage pages from a cut-off file; either way the outcome is a clear one
    if (half.status() == Outcome.Status.READ) {
      assertThat(half.document().text()).isNotBlank();
    } else {
      assertThat(half.status()).isIn(Outcome.Status.FAILED, Outcome.Status.NEEDS_OCR);
      assertThat(half.reason()).doesNotContain("internal error");
    }
    byte[] docx = FIXTURES.docx();
    byte[] corrupt = docx.clone();
    for (int i = 200; i < corrupt.length - 200; i += 7) {
      corrupt[i] = (byte) (corrupt[i] ^ 0x5a);
    }
    failsWith(processor.process("corrupt.docx", corrupt), "docx");
    failsWith(processor.process("cut.odt", Arrays.copyOf(FIXTURES.odt(), 300)), "");
  }

  @Test
  void zipBombInDocxIsRefused() throws IOException {
    Outcome o = processor.process("bomb.docx", docxBomb(150_000_000));
    failsWith(o, "zip bomb");
  }

  @Test
  void hugeTextInOdtStopsAtTheCharacterLimit() {
    PaperProcessor small =
        PaperProcessor.standard(
            new ReadLimits(64L << 20, 1_000_000, Duration.ofSeconds(30), false));
    StringBuilder body = new StringBuilder("<text:p>");
    // varied text, so it compresses like prose and only the character limit can stop it
    java.util.Random random = new java.util.Random(11);
    while (body.length() < 3_000_000) {
      body.append("De Raad besprak pakket ").append(random.nextInt(1_000_000)).append(". ");
    }
    body.append("</text:p>");
    byte[] content =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                + "<office:body><office:text>"
                + body
                + "</office:text></office:body></office:document-content>")
            .getBytes(StandardCharsets.UTF_8);
    String manifest =
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>";
    failsWith(
        small.process("long.odt", Fixtures.odf(content, manifest)), "more than 1000000 characters");
  }

  @Test
  void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "GEHEIM-7731");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE kamerstuk [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<kamerstuk><stuk><al>Tekst &xxe; einde van de alinea.</al></stuk></kamerstuk>";
    Outcome o = processor.process("xxe.xml", xml.getBytes(StandardCharsets.UTF_8));
    if (o.status() == Outcome.Status.READ) {
      assertThat(o.document().text()).contains("Tekst").doesNotContain("GEHEIM");
    } else {
      assertThat(o.reason()).doesNotContain("GEHEIM").doesNotContain("internal error");
    }
    // the same through Tika's HTML path
    String html =
        "<!DOCTYPE html><html><body><p>Alinea &amp; <img src=\""
            + secret.toUri()
            + "\">tekst.</p></body></html>";
    Outcome h = processor.process("page.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(h.status()).isEqualTo(Outcome.Status.READ);
    assertThat(h.document().text()).doesNotContain("GEHEIM");
  }

  @Test
  void billionLaughsFailsFast() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE kamerstuk [\n");
    xml.append("<!ENTITY lol0 \"lollollollollollollollollollol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        xml.append("&lol").append(i - 1).append(';');
      }
      xml.append("\">\n");
    }
    xml.append("]>\n<kamerstuk><stuk><al>&lol9;</al></stuk></kamerstuk>");
    failsWith(
        processor.process("laughs.xml", xml.toString().getBytes(StandardCharsets.UTF_8)), "XML");
  }

  @Test
  void oversizedFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.pdf");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024); // sparse: no 200 MB written, same size reported
    }
    Outcome o = processor.process(big);
    failsWith(o, "file too large: 209715200 bytes");
    assertThat(o.reason()).contains("--max-file-size");
  }

  @Test
  void parseTimeoutIsEnforced() {
    PaperProcessor hasty =
        PaperProcessor.standard(new ReadLimits(64L << 20, 1_000_000, Duration.ofMillis(1), false));
    // enough pages that no machine parses them within the limit: the work is bounded, not the
    // clock (a three-page PDF parsed warm could finish inside one millisecond)
    failsWith(hasty.process("slow.pdf", manyPages(1_500)), "longer than 1 ms");
  }

  private static byte[] manyPages(int pages) {
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument();
        var out = new ByteArrayOutputStream()) {
      var font =
          new org.apache.pdfbox.pdmodel.font.PDType1Font(
              org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
      for (int i = 1; i <= pages; i++) {
        var page = new org.apache.pdfbox.pdmodel.PDPage();
        doc.addPage(page);
        try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
          text.beginText();
          text.setFont(font, 11);
          text.newLineAtOffset(72, 720);
          text.showText("Pagina " + i + " van het verslag over de Raad Buitenlandse Zaken.");
          text.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void unidentifiableBytesAreUnsupported() {
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Outcome o = processor.process("mystery.bin", noise);
    assertThat(o.status()).isEqualTo(Outcome.Status.UNSUPPORTED);
    assertThat(o.reason()).startsWith("unsupported format");
  }

  @Test
  void metadataFileAloneIsNotAPaper() {
    Outcome o = processor.process("metadata.xml", FIXTURES.metadataXml());
    failsWith(o, "is not a paper");
  }

  /** A DOCX whose document part inflates to {@code size} bytes from a few hundred kilobytes. */
  static byte[] docxBomb(int size) throws IOException {
    byte[] docx = FIXTURES.docx();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/document.xml")) {
          String head =
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
                  + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                  + "<w:body><w:p><w:r><w:t>";
          zip.write(head.getBytes(StandardCharsets.UTF_8));
          byte[] chunk = new byte[1 << 16];
          Arrays.fill(chunk, (byte) 'a');
          for (int written = 0; written < size; written += chunk.length) {
            zip.write(chunk);
          }
          zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
