package nl.koers.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.koers.SharedCorpus;
import nl.koers.document.Document;
import nl.koers.document.SegmentType;
import nl.koers.document.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperProcessorTest {
  private final PaperProcessor processor = PaperProcessor.standard();

  private Document read(Path p) {
    Outcome o = processor.process(p);
    assertThat(o.status()).as(o.reason()).isEqualTo(Outcome.Status.READ);
    return o.document();
  }

  @Test
  void mendsWordsBrokenAtLineEndsInSeed003() {
    Document d = read(SharedCorpus.seed("003"));
    assertThat(d.text())
        .contains("de terroristische aanslagen in Frankrijk")
        .contains("Bosnië en Herzegovina")
        .contains("onafhankelijke internationale waarneming")
        .doesNotContain("terroris-")
        .contains("dat het staakt-het-vuren een kans dient te krijgen");
  }

  @Test
  void mendsAmerikaanseAndKeepsRealHyphensInSeed001() {
    Document d = read(SharedCorpus.seed("001"));
    assertThat(d.text())
        .contains("belangrijk leidend principe geworden van het Amerikaanse buitenlands beleid")
        .contains("afspraken over defensie-uitgaven")
        .contains("Trans-Atlantische band")
        .contains("Mensenrechtenraad moet worden versterkt")
        .doesNotContain("Ameri-");
  }

  @Test
  void movesTheFooterOfSeed003IntoItsOwnSegment() {
    Document d = read(SharedCorpus.seed("003"));
    assertThat(d.segments(SegmentType.PAGE_FOOTER))
        .extracting(s -> d.quote(s.span()))
        .contains("Tweede Kamer, vergaderjaar 2020–2021, 21 501-02, nr. 2244 4");
    // the paragraph around the footer reads on without it
    assertThat(d.text()).contains("ook wat betreft grondwetshervormingen.");
  }

  @Test
  void movesFootnotesOfSeeds002And004IntoTheirOwnSegments() {
    Document d2 = read(SharedCorpus.seed("002"));
    assertThat(d2.segments(SegmentType.FOOTNOTE))
        .extracting(s -> d2.quote(s.span()))
        .containsExactly("1 Kamerstukken II 2024/25, 21 501-02, nr. 2958");
    assertThat(d2.text())
        .contains("in de Geannoteerde Agenda en het Kamerdebat")
        .doesNotContain("<sup>");

    Document d4 = read(SharedCorpus.seed("004"));
    assertThat(d4.segments(SegmentType.FOOTNOTE)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(d4.quote(d4.segments(SegmentType.FOOTNOTE).get(0).span()))
        .startsWith("1 Bijlage bij Kamerstuk 21 501-02 nr. 2956");
    // the sentence the footnote interrupted is whole again
    assertThat(d4.text()).contains("De inzet van het kabinet blijft dan ook gericht op dialoog");
  }

  @Test
  void mapsCleanedOffsetsBackToTheOriginal() throws Exception {
    Path seed = SharedCorpus.seed("003");
    String original = Files.readString(seed, StandardCharsets.UTF_8);
    Document d = read(seed);
    int at = d.text().indexOf("Nagorno-Karabach");
    TextSpan back = d.offsets().toOriginal(new TextSpan(at, at + "Nagorno-Karabach".length()));
    assertThat(back.of(original)).isEqualTo("Nagorno-Karabach");
    int mended = d.text().indexOf("terroristische");
    assertThat(
            original.substring(d.offsets().toOriginal(mended), d.offsets().toOriginal(mended) + 8))
        .isEqualTo("terroris");
  }

  @Test
  void splitsSentencesWithoutBreakingAtDutchAbbreviations() {
    Document d = read(SharedCorpus.seed("003"));
    assertThat(d.segments(SegmentType.SENTENCE))
        .extracting(s -> d.quote(s.span()))
        .anyMatch(s -> s.contains("RBZ van 12 oktober jl., maar kon vanwege tijdgebrek"))
        .anyMatch(s -> s.startsWith("In lijn met de moties van het lid Ploumen c.s. (Kamerstuk"));
  }

  @Test
  void derivesAStableIdFromTheFileNameWhenTheTextGivesNone() {
    assertThat(read(SharedCorpus.seed("001")).id()).isEqualTo("001_68752d408e2ec76a");
    assertThat(read(SharedCorpus.seed("002")).id()).isEqualTo("kst-21501-02-2976");
  }

  @Test
  void reportsEmptyBinaryAndMissingFilesWithTheirReason(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary =
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    Path pdf =
        Files.write(dir.resolve("paper.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(processor.process(empty).reason()).isEqualTo("empty file");
    assertThat(processor.process(binary).status()).isEqualTo(Outcome.Status.UNSUPPORTED);
    // a PDF cut off after its first line: Koers reads PDFs now, and says this one is broken
    Outcome truncated = processor.process(pdf);
    assertThat(truncated.status()).isEqualTo(Outcome.Status.FAILED);
    assertThat(truncated.reason()).startsWith("pdf is corrupt or unreadable");
    assertThat(processor.process(dir.resolve("gone.txt")).reason()).contains("vanished");
  }

  @Test
  void readsWindows1252TextWithItsCurlyQuotesAndEuroSign(@TempDir Path dir) throws Exception {
    byte[] bytes =
        "Het kabinet trekt \u20ac 5 miljoen uit voor \u201cOekra\u00efne\u201d."
            .getBytes("windows-1252");
    Document d = read(Files.write(dir.resolve("cp1252.txt"), bytes));
    assertThat(d.text()).isEqualTo("Het kabinet trekt € 5 miljoen uit voor “Oekraïne”.");
  }

  @Test
  void annotatesAFiveMegabyteParagraphOfNumbersAndNamesWithBoundedWork(@TempDir Path dir)
      throws Exception {
    // Guards against catastrophic regex backtracking, not a speed claim. The bound is on this
    // thread's CPU time, the work done, which a machine busy with other builds does not inflate
    // (wall-clock bounds did); linear work takes seconds, backtracking would take hours.
    StringBuilder b = new StringBuilder();
    while (b.length() < 3_900_000) {
      b.append(
          "De Raad 12 nr. 3 21 501-02, motie van het lid Van Dam c.s. 5% Verenigde Staten 825.000 ");
    }
    Path big = Files.writeString(dir.resolve("big.txt"), b, StandardCharsets.UTF_8);
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long before = cpu.getCurrentThreadCpuTime();
    Outcome o = processor.process(big);
    Duration work = Duration.ofNanos(cpu.getCurrentThreadCpuTime() - before);
    assertThat(o.status()).as(o.reason()).isEqualTo(Outcome.Status.READ);
    assertThat(work).isLessThan(Duration.ofMinutes(5));
  }

  /** An annotator that fails the way a bug or an exhausted heap would, on papers naming Piri. */
  private static final class Failing implements nl.koers.annotate.Annotator {
    private final Error error;

    Failing(Error error) {
      this.error = error;
    }

    @Override
    public String name() {
      return "failing";
    }

    @Override
    public java.util.Set<String> requires() {
      return java.util.Set.of("sentences");
    }

    @Override
    public java.util.Set<String> produces() {
      return java.util.Set.of();
    }

    @Override
    public void annotate(nl.koers.annotate.AnnotatedText text) {
      if (text.text().contains("Piri")) {
        throw error;
      }
    }
  }

  @Test
  void anErrorOfAnyKindInOnePaperIsThatPapersOutcomeAndTheNextPaperIsRead() throws Exception {
    for (Error error :
        List.of(
            new OutOfMemoryError("Java heap space"),
            new AssertionError("invariant"),
            new NoClassDefFoundError("org/example/Gone"))) {
      PaperProcessor failing =
          new PaperProcessor(
              nl.koers.read.ReaderRegistry.standard(),
              nl.koers.segment.SentenceSplitter.dutch(),
              new nl.koers.annotate.AnnotatorPipeline(List.of(new Failing(error))),
              PaperProcessor.DEFAULT_MAX_BYTES);
      Outcome bad = failing.process(SharedCorpus.seed("002"));
      assertThat(bad.status()).isEqualTo(Outcome.Status.FAILED);
      assertThat(bad.reason())
          .contains(error instanceof OutOfMemoryError ? "ran out of memory" : "internal error");
      assertThat(failing.process(SharedCorpus.seed("003")).status()).isEqualTo(Outcome.Status.READ);
    }
  }

  @Test
  void aPaperOverTheCharacterLimitIsRefusedBeforeItIsAnnotated() throws Exception {
    PaperProcessor small =
        PaperProcessor.standard(
            new nl.koers.read.ReadLimits(64L << 20, 1_000, Duration.ofSeconds(60), false));
    Outcome o = small.process(SharedCorpus.seed("002"));
    assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
    assertThat(o.reason()).startsWith("text too long to annotate: ").contains("the limit is 1000 ");
  }
}
