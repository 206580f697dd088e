package nl.koers.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.koers.SharedCorpus;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.read.Fixtures;
import nl.koers.search.PaperSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Kamerstuk from several files is one paper: kept once, the other files named as versions. */
class PaperIdentityTest {
  private static final PaperProcessor PROCESSOR = PaperProcessor.standard();
  private static final String ID = "kst-21501-02-3101";

  private static List<IngestResult> ingest(Path data, List<Path> files) throws IOException {
    List<IngestResult> results = new ArrayList<>();
    try (PaperIndex index = PaperIndex.open(data)) {
      for (Path f : files) {
        results.add(index.ingest(f, PROCESSOR));
      }
    }
    return results;
  }

  private static List<IngestResult.Status> statuses(List<IngestResult> results) {
    return results.stream().map(IngestResult::status).toList();
  }

  /** The sample Council report as plain text, PDF and Word: three files, one paper. */
  private static List<Path> formats(Path folder) throws IOException {
    Fixtures fixtures = new Fixtures();
    return List.of(
        Files.writeString(folder.resolve("verslag.txt"), fixtures.text(), StandardCharsets.UTF_8),
        Files.write(folder.resolve("verslag.pdf"), fixtures.pdf(Fixtures.PdfOptions.LAYOUT)),
        Files.write(folder.resolve("verslag.docx"), fixtures.docx()));
  }

  @Test
  void theSamePaperInThreeFormatsIsKeptOnceInTheRichestAndReIngestChangesNothing(
      @TempDir Path data, @TempDir Path folder) throws IOException {
    List<Path> files = formats(folder);
    List<IngestResult> first = ingest(data, files);
    assertThat(first).extracting(IngestResult::id).containsOnly(ID);
    assertThat(statuses(first))
        .containsExactly(
            IngestResult.Status.INDEXED,
            IngestResult.Status.REPLACED,
            IngestResult.Status.REPLACED);
    assertThat(first.get(1).reason())
        .isEqualTo(
            "same paper as "
                + files.get(0)
                + "; keeping this one: pdf is a richer format than text");
    assertThat(first.get(2).reason())
        .isEqualTo(
            "same paper as "
                + files.get(1)
                + "; keeping this one: docx is a richer format than pdf");

    try (PaperSearcher s = PaperSearcher.open(data)) {
      assertThat(s.stats().papers()).isEqualTo(1);
      assertThat(s.get(ID).orElseThrow().format()).isEqualTo("docx");
      Map<String, Integer> entities = s.paperCounts(Fields.ENTITY);
      assertThat(entities).isNotEmpty();
      assertThat(entities.values()).containsOnly(1);
    }

    List<IngestResult> again = ingest(data, files);
    assertThat(statuses(again)).containsOnly(IngestResult.Status.UNCHANGED);
    assertThat(again.get(0).reason()).isEqualTo("same paper as " + files.get(2));
  }

  @Test
  void aPoorerFormatAfterTheRicherOneIsReportedAsTheSamePaperAndNotIndexed(
      @TempDir Path data, @TempDir Path folder) throws IOException {
    List<Path> files = formats(folder);
    List<IngestResult> first = ingest(data, List.of(files.get(2), files.get(0)));
    assertThat(statuses(first))
        .containsExactly(IngestResult.Status.INDEXED, IngestResult.Status.SAME_PAPER);
    assertThat(first.get(1).reason())
        .isEqualTo(
            "same paper as "
                + files.get(2)
                + "; keeping that one: docx is a richer format than text");
    assertThat(statuses(ingest(data, List.of(files.get(2), files.get(0)))))
        .containsOnly(IngestResult.Status.UNCHANGED);
    try (PaperSearcher s = PaperSearcher.open(data)) {
      assertThat(s.stats().papers()).isEqualTo(1);
      assertThat(s.get(ID).orElseThrow().source()).isEqualTo(files.get(2).toString());
    }
  }

  @Test
  void betweenTwoTextCopiesOfASeedTheNewerFileIsKept(@TempDir Path data, @TempDir Path folder)
      throws IOException {
    Path old = Files.copy(SharedCorpus.seed("002"), folder.resolve("brief.txt"));
    Path corrected =
        Files.writeString(
            folder.resolve("brief-gecorrigeerd.txt"),
            Files.readString(old) + "\nNaschrift: een correctie op de derde alinea.\n",
            StandardCharsets.UTF_8);
    Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2024-11-13T09:00:00Z")));
    Files.setLastModifiedTime(corrected, FileTime.from(Instant.parse("2024-11-14T09:00:00Z")));

    List<IngestResult> results = ingest(data, List.of(corrected, old));
    assertThat(statuses(results))
        .containsExactly(IngestResult.Status.INDEXED, IngestResult.Status.SAME_PAPER);
    assertThat(results.get(1).reason()).endsWith("keeping that one: it is the newer file");
    try (PaperSearcher s = PaperSearcher.open(data)) {
      assertThat(s.get("kst-21501-02-2976").orElseThrow().text()).contains("Naschrift");
    }
  }

  @Test
  void anEditedVersionOfTheKeptFileStillReplacesIt(@TempDir Path data, @TempDir Path folder)
      throws IOException {
    List<Path> files = formats(folder);
    ingest(data, files);
    // the same bytes written again (a generated docx differs by its zip timestamps): nothing to do
    Files.write(files.get(2), Files.readAllBytes(files.get(2)));
    assertThat(statuses(ingest(data, List.of(files.get(2)))))
        .containsExactly(IngestResult.Status.UNCHANGED);
    Files.writeString(
        files.get(0),
        new Fixtures().text() + "\nNaschrift van de griffie.\n",
        StandardCharsets.UTF_8);
    // the text file changed, but Word is still the richer version: it stays a version of it
    assertThat(statuses(ingest(data, List.of(files.get(0)))))
        .containsExactly(IngestResult.Status.SAME_PAPER);
    try (PaperSearcher s = PaperSearcher.open(data)) {
      assertThat(s.stats().papers()).isEqualTo(1);
    }
  }
}
