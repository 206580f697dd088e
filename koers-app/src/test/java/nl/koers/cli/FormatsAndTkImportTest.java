package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.SharedCorpus;
import nl.koers.read.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's folder of Word files, PDFs and a KOOP download, then their Kamer records. */
class FormatsAndTkImportTest {
  private static final String[] TK_FILES = {
    "odata/Document.json", "odata/Toezegging.json", "syncfeed/page-1.xml"
  };

  @Test
  void ingestsEveryFormatThenLinksTheKamersRecords(@TempDir Path tmp) throws Exception {
    Fixtures fixtures = new Fixtures();
    Path in = Files.createDirectories(tmp.resolve("papers"));
    Files.write(in.resolve("verslag-raad.docx"), fixtures.docx());
    Files.write(in.resolve("scan.pdf"), Fixtures.scannedPdf(2));
    Files.write(
        in.resolve("beveiligd.pdf"), fixtures.pdf(new Fixtures.PdfOptions(false, "o", "u")));
    Path koop = Files.createDirectories(tmp.resolve("koop"));
    Files.write(koop.resolve("kst-21501-02-3101.xml"), fixtures.koopXml(false));
    Files.createDirectories(koop.resolve("kst-21501-02-3101"));
    Files.write(koop.resolve("kst-21501-02-3101").resolve("metadata.xml"), fixtures.metadataXml());
    String data = tmp.resolve("data").toString();

    Cli.Run ingest =
        Cli.run("ingest", "--data", data, in.toString(), SharedCorpus.seed("002").toString());
    assertThat(ingest.out())
        .contains("2 indexed, 0 replaced, 0 unchanged, 0 unsupported, 1 need OCR, 1 failed")
        .contains("needs_ocr " + in.resolve("scan.pdf"))
        .contains("pdf is encrypted");
    assertThat(ingest.exit()).isEqualTo(1);

    // the KOOP download replaces the Word version of the same paper; its metadata.xml is no paper
    Cli.Run koopIngest = Cli.run("ingest", "--data", data, koop.toString());
    assertThat(koopIngest.out()).contains("Ingested 1 file(s)").contains("0 failed");
    Cli.Run show = Cli.run("show", "--data", data, "--no-text", "kst-21501-02-3101");
    assertThat(show.out())
        .contains("(koop-xml,")
        .contains("≠ date")
        .contains("source says 2026-03-02, the text says 2026-03-03");

    Path tk = tmp.resolve("tk");
    for (String f : TK_FILES) {
      Path target = tk.resolve(f);
      Files.createDirectories(target.getParent());
      try (InputStream res = SharedCorpus.class.getResourceAsStream("tk/download/" + f)) {
        Files.copy(res, target);
      }
    }
    Cli.Run imported = Cli.run("import", "tk", "--data", data, tk.toString());
    assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
    assertThat(imported.out())
        .contains(
            "3 Kamerstuk document(s), 1 of them ingested papers; 2 motion vote(s);"
                + " 2 toezegging(en)");

    Cli.Run letter = Cli.run("show", "--data", data, "--no-text", "kst-21501-02-3101");
    assertThat(letter.out())
        .contains("motion kst-21501-02-3055")
        .contains("Aangenomen (88 for: PVV, GroenLinks-PvdA, NSC, D66; 31 against: VVD, BBB)")
        .contains("toezegging")
        .contains("TZ202603-014 Openstaand, due 2026-04-14");
    Cli.Run seed = Cli.run("show", "--data", data, "--no-text", "kst-21501-02-2976");
    assertThat(seed.out()).contains("2024D44001 (Brief regering)");
  }
}
