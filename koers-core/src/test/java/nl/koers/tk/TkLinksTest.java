package nl.koers.tk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.read.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TkLinksTest {
  static Path download() throws URISyntaxException {
    return Path.of(TkLinksTest.class.getResource("download").toURI());
  }

  static TkStore imported(List<TkRecordReader.FileOutcome> outcomes) throws Exception {
    List<TkRecord> records = new ArrayList<>();
    outcomes.addAll(TkRecordReader.read(download(), records));
    TkStore store = new TkStore();
    store.putAll(records);
    return store;
  }

  @Test
  void readsODataAndSyncFeedAndReportsTheBrokenFile() throws Exception {
    List<TkRecordReader.FileOutcome> outcomes = new ArrayList<>();
    TkStore store = imported(outcomes);
    assertThat(outcomes)
        .filteredOn(o -> o.error() != null)
        .extracting(o -> o.file().getFileName().toString())
        .containsExactly("Broken.json");
    assertThat(store.of("Document")).hasSize(3);
    assertThat(store.of("Stemming")).hasSize(9);
    assertThat(store.of("Toezegging")).hasSize(2);
    assertThat(store.of("Kamerstukdossier")).hasSize(2);
  }

  @Test
  void papersGetTheirDocumentNumberAndMotionsTheirVote() throws Exception {
    TkLinks links = new TkLinks(imported(new ArrayList<>()));
    assertThat(links.paper("kst-21501-02-2976").orElseThrow().documentNumber())
        .isEqualTo("2024D44001");
    TkLinks.PaperRecord motion = links.paper("kst-21501-02-3055").orElseThrow();
    assertThat(motion.caseNumber()).isEqualTo("2026Z02231");
    assertThat(motion.vote().decision()).isEqualTo("Aangenomen");
    assertThat(motion.vote().seatsFor()).isEqualTo(88);
    assertThat(motion.vote().seatsAgainst()).isEqualTo(31);
    assertThat(motion.vote().partiesAgainst()).containsExactly("VVD", "BBB");
    // the same links from SyncFeed entries, related by ref attributes
    TkLinks.PaperRecord fromFeed = links.paper("kst-36600-V-41").orElseThrow();
    assertThat(fromFeed.documentNumber()).isEqualTo("2025D11870");
    assertThat(fromFeed.vote().decision()).isEqualTo("Verworpen");
    assertThat(fromFeed.vote().seatsFor()).isEqualTo(9);
    assertThat(fromFeed.vote().seatsAgainst()).isEqualTo(37);
  }

  @Test
  void aPapersCommitmentFindsItsRegisteredToezegging() throws Exception {
    TkLinks links = new TkLinks(imported(new ArrayList<>()));
    Document d =
        PaperProcessor.standard()
            .process("brief.txt", new Fixtures().text().getBytes(StandardCharsets.UTF_8))
            .document();
    List<String> commitments =
        d.annotations(AnnotationType.COMMITMENT).stream().map(a -> d.quote(a.span())).toList();
    assertThat(commitments).isNotEmpty();
    assertThat(commitments.stream().map(links::commitmentFor).flatMap(java.util.Optional::stream))
        .extracting(TkLinks.Commitment::number, TkLinks.Commitment::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("TZ202603-014", "Openstaand"));
    // an unrelated sentence matches nothing
    assertThat(links.commitmentFor("De Raad sprak over de begroting van de Unie.")).isEmpty();
  }

  @Test
  void storeSurvivesARoundTripAndDeletions(@TempDir Path data) throws Exception {
    TkStore store = imported(new ArrayList<>());
    store.save(data);
    TkStore again = TkStore.load(data);
    assertThat(again.size()).isEqualTo(store.size());
    TkRecord doc = again.of("Document").get(0);
    again.put(
        new TkRecord(
            doc.type(), doc.id(), java.util.Map.of("Verwijderd", "true"), java.util.Map.of()));
    assertThat(again.get(doc.type(), doc.id())).isNull();
  }
}
