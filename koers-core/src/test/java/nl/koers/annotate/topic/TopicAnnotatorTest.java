package nl.koers.annotate.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.SharedCorpus;
import nl.koers.analyse.TopicProfile;
import nl.koers.annotate.AnnotatorRegistry;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.read.ReaderRegistry;
import nl.koers.segment.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicAnnotatorTest {
  @Test
  void seed001IsAboutTheUnitedStatesFirst() {
    Document d = PaperProcessor.standard().process(SharedCorpus.seed("001")).document();
    TopicProfile p = TopicProfile.of(d);
    assertThat(p.shares().get(0).topic()).isEqualTo("united-states-transatlantic");
    assertThat(p.shares())
        .extracting(TopicProfile.Share::topic)
        .contains("security-defence", "trade-economic-security");
    assertThat(d.annotations(AnnotationType.TOPIC))
        .allSatisfy(a -> assertThat(a.attribute("cues")).isNotBlank());
  }

  @Test
  void seed003ReportsOnTheMiddleEastAndRussia() {
    Document d = PaperProcessor.standard().process(SharedCorpus.seed("003")).document();
    assertThat(TopicProfile.of(d).shares())
        .extracting(TopicProfile.Share::topic)
        .contains("middle-east", "russia-ukraine");
  }

  @Test
  void aUsersTaxonomyReplacesTheBuiltInOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("topics.tsv");
    Files.writeString(
        file, "# mine\ntulips\ttheme\tTulips\ttulp*|bollen\n", StandardCharsets.UTF_8);
    PaperProcessor processor =
        new PaperProcessor(
            ReaderRegistry.standard(),
            SentenceSplitter.dutch(),
            AnnotatorRegistry.standard(Gazetteer.standard(), Taxonomy.of(file)).pipeline(),
            PaperProcessor.DEFAULT_MAX_BYTES);
    Document d =
        processor
            .process(
                "x.txt", "De tulpenexport en de bollen groeien.\n".getBytes(StandardCharsets.UTF_8))
            .document();
    assertThat(d.annotations(AnnotationType.TOPIC))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.value()).isEqualTo("tulips");
              assertThat(a.attribute("cues")).isEqualTo("tulp*, bollen");
            });
  }
}
