package nl.koers.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A scanned page (text only as pixels) is read through Tesseract when {@code --ocr} is on. The
 * launcher's test command installs Tesseract; in CI its absence is a failure, not a skip.
 */
class OcrTest {
  @Test
  void scannedPageIsReadWithOcrAndOnlyThen() throws Exception {
    if (!TikaReader.tesseractInstalled()) {
      String message = "tesseract is not installed (./koers test installs tesseract-ocr)";
      assertThat(System.getenv("CI")).as(message).isNotEqualToIgnoringCase("true");
      Assumptions.abort(message);
    }
    byte[] scan =
        scan("De Raad sprak over sancties tegen Rusland.", "Het kabinet steunt dit besluit.");
    Outcome without = PaperProcessor.standard().process("scan.pdf", scan);
    assertThat(without.status()).isEqualTo(Outcome.Status.NEEDS_OCR);

    ReadLimits ocr = new ReadLimits(64L << 20, 1_000_000, Duration.ofSeconds(120), true);
    Outcome with = PaperProcessor.standard(ocr).process("scan.pdf", scan);
    assertThat(with.status()).as(with.reason()).isEqualTo(Outcome.Status.READ);
    assertThat(with.document().text())
        .contains("sancties tegen Rusland")
        .contains("kabinet steunt");
  }

  private static byte[] scan(String... lines) throws Exception {
    BufferedImage image = new BufferedImage(1700, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
    for (int i = 0; i < lines.length; i++) {
      g.drawString(lines[i], 60, 120 + i * 90);
    }
    g.dispose();
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.drawImage(LosslessFactory.createFromImage(doc, image), 40, 600, 515, 121);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
