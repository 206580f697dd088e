package nl.koers.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koers.SharedCorpus;
import nl.koers.document.Document;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.read.Fixtures;
import org.junit.jupiter.api.Test;

/** Footnotes kept out of the sentences they interrupt; lines of pre-formatted HTML kept. */
class CleanerTest {
  private static List<String> segments(Document d, SegmentType type) {
    return d.segments().stream()
        .filter(s -> s.type() == type)
        .map(Segment::span)
        .map(span -> d.text().substring(span.begin(), span.end()))
        .toList();
  }

  @Test
  void movesSeed004sPageBottomNotesOutOfTheSentencesTheyCut() {
    Document d = PaperProcessor.standard().process(SharedCorpus.seed("004")).document();
    assertThat(d.text())
        .contains("(brede) economische welvaart en maatschappelijke weerbaarheid tegen")
        .doesNotContain("welvaart en 3 Hoofdstukken")
        .doesNotContain("geïnformeerd. de lopende onderhandelingen");
    assertThat(segments(d, SegmentType.FOOTNOTE))
        .extracting(f -> f.substring(0, f.indexOf(' ')))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(segments(d, SegmentType.FOOTNOTE))
        .contains("3 Hoofdstukken, bijalge bij Kamerstuk 36 715 nr. 1");
  }

  @Test
  void keepsTheSentencesAfterAOneLineNoteThatAPdfGivesBetweenThem() {
    byte[] pdf =
        Fixtures.pdfWithNoteCuttingASentence(
            List.of(
                "De ministers spraken over de wederopbouw van Oekraïne en over de steun die",
                "de Unie daarvoor vrijmaakt.1 Daarna kwam de veiligheid van de kerncentrale",
                "in Zaporizja aan de orde. De Hoge"),
            "1 Het verslag van de vorige Raad is openbaar.",
            List.of(
                "Vertegenwoordiger stelde voor de waarnemingsmissie uit te breiden. Enkele",
                "lidstaten vroegen om meer geld voor ontmijning. Een besluit volgt in april.",
                "Nederland steunt dat voorstel."));
    Document d = PaperProcessor.standard().process("noot.pdf", pdf).document();
    assertThat(segments(d, SegmentType.FOOTNOTE))
        .containsExactly("1 Het verslag van de vorige Raad is openbaar.");
    assertThat(segments(d, SegmentType.SENTENCE))
        .contains(
            "De Hoge Vertegenwoordiger stelde voor de waarnemingsmissie uit te breiden.",
            "Enkele lidstaten vroegen om meer geld voor ontmijning.",
            "Een besluit volgt in april.");
  }

  @Test
  void keepsAMultiLineNoteWholeWhenItCutsASentence() {
    String text =
        "Het kabinet steunt de uitbreiding van de missie en vraagt aandacht voor de\n"
            + "bescherming van burgers.1 De Raad besprak verder de positie van\n"
            + "\n"
            + "1 Zie het verslag van de Raad van 12 januari 2026, Kamerstuk 21 501-02,\n"
            + "nr. 3050.\n"
            + " vluchtelingen in de regio en de financiering van de opvang.\n";
    Document d =
        PaperProcessor.standard()
            .process("probe.txt", text.getBytes(StandardCharsets.UTF_8))
            .document();
    assertThat(d.text())
        .contains("De Raad besprak verder de positie van vluchtelingen in de regio");
    assertThat(segments(d, SegmentType.FOOTNOTE))
        .containsExactly(
            "1 Zie het verslag van de Raad van 12 januari 2026, Kamerstuk 21 501-02, nr. 3050.");
  }

  @Test
  void keepsTheParagraphsOfAnHtmlPaperWrappedInPre() {
    String html =
        "<html><head><title>Brief</title></head><body><pre>\n"
            + "Geachte Voorzitter,\n"
            + "\n"
            + "Hierbij bericht ik u over de uitkomst van de Raad. De ministers\n"
            + "bespraken de situatie in de Sahel.\n"
            + "\n"
            + "Daarnaast kwam de samenwerking met de Afrikaanse Unie aan bod.\n"
            + "</pre></body></html>\n";
    Document d =
        PaperProcessor.standard()
            .process("brief.html", html.getBytes(StandardCharsets.UTF_8))
            .document();
    assertThat(segments(d, SegmentType.PARAGRAPH))
        .contains(
            "Hierbij bericht ik u over de uitkomst van de Raad. De ministers bespraken de situatie"
                + " in de Sahel.",
            "Daarnaast kwam de samenwerking met de Afrikaanse Unie aan bod.");
  }
}
