package nl.koers.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.document.Document;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.pipeline.Sidecar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KoopXmlReaderTest {
  private static final Fixtures FIXTURES = new Fixtures();

  @Test
  void metadataBesideThePaperWinsAndTheTextsFactsAreKept(@TempDir Path dir) throws Exception {
    Path paper = Files.write(dir.resolve("kst-21501-02-3101.xml"), FIXTURES.koopXml(false));
    Files.createDirectories(dir.resolve("kst-21501-02-3101"));
    Files.write(dir.resolve("kst-21501-02-3101").resolve("metadata.xml"), FIXTURES.metadataXml());
    Outcome o = PaperProcessor.standard().process(paper);
    assertThat(o.status()).as(o.reason()).isEqualTo(Outcome.Status.READ);
    Document d = o.document();
    // the source says the letter is of 2 March; the printed date says 3 March
    assertThat(d.facts().date()).isEqualTo("2026-03-02");
    assertThat(d.textFacts()).isNotNull();
    assertThat(d.textFacts().date()).isEqualTo("2026-03-03");
    assertThat(d.sourceMetadata())
        .containsEntry("id", "kst-21501-02-3101")
        .containsEntry("published", "2026-03-05")
        .containsEntry("raw:DC.type", "Kamerstuk")
        .containsEntry("raw:OVERHEIDop.vergaderjaar", "2025-2026");
    assertThat(d.id()).isEqualTo("kst-21501-02-3101");
  }

  @Test
  void metadataInsideThePublicationIsReadToo() {
    Outcome o = PaperProcessor.standard().process("publicatie.xml", FIXTURES.koopXml(true));
    assertThat(o.document().facts().date()).isEqualTo("2026-03-02");
    assertThat(o.document().sourceMetadata()).containsEntry("dossier", "21501-02");
  }

  @Test
  void sidecarsAreRecognisedByName() {
    assertThat(Sidecar.isSidecar(Path.of("a/kst-1/metadata.xml"))).isTrue();
    assertThat(Sidecar.isSidecar(Path.of("a/kst-1.metadata.xml"))).isTrue();
    assertThat(Sidecar.isSidecar(Path.of("a/kst-1.xml"))).isFalse();
  }

  @Test
  void otherXmlIsNotTakenForAPublication() {
    KoopXmlReader reader = new KoopXmlReader();
    byte[] rss =
        "<?xml version=\"1.0\"?><rss><channel/></rss>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(reader.accepts("feed.xml", rss)).isFalse();
    assertThat(reader.accepts("x.xml", FIXTURES.koopXml(false))).isTrue();
  }
}
