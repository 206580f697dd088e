package nl.koers.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.koers.SharedCorpus;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityAnnotatorTest {
  private static Set<String> entityIds(String seed) {
    Document d = PaperProcessor.standard().process(SharedCorpus.seed(seed)).document();
    return d.annotations(AnnotationType.ENTITY).stream()
        .map(Annotation::value)
        .collect(Collectors.toSet());
  }

  private static List<String> found(String text) {
    return new EntityMatcher(Gazetteer.standard())
        .find(text).stream()
            .map(m -> m.entity().id() + "=" + text.substring(m.begin(), m.end()))
            .toList();
  }

  @Test
  void seed001NamesTheTransatlanticCast() {
    assertThat(entityIds("001"))
        .contains(
            "united-states",
            "nato",
            "wto",
            "iran",
            "russia",
            "eu",
            "jcpoa",
            "paris-agreement",
            "human-rights-council",
            "pesco",
            "european-deterrence-initiative",
            "g7",
            "canada",
            "mike-pompeo",
            "donald-trump");
  }

  @Test
  void seed004NamesTheInstrumentsAndPlacesOf2025() {
    assertThat(entityIds("004"))
        .contains(
            "safe",
            "edip",
            "us-national-security-strategy",
            "greenland",
            "eu-mercosur-agreement",
            "india",
            "nato",
            "china");
  }

  @Test
  void abbreviationsMatchOnlyInTheirOwnCase() {
    assertThat(found("De VS en Europa.")).containsExactly("united-states=VS", "europe=Europa");
    assertThat(found("Ajax vs. Feyenoord, en vs de rest; Vs")).isEmpty();
    assertThat(found("de raad van de gemeente")).isEmpty();
  }

  @Test
  void matchesTheWordsOfHyphenatedCompoundsAndInflectedAdjectives() {
    assertThat(found("de EU-VS handelsrelatie en de NAVO-top"))
        .containsExactly("eu=EU", "united-states=VS", "nato=NAVO");
    assertThat(found("de Russische agressie en Ruslands oorlog tegen Oekraïne"))
        .containsExactly("russia=Russische", "russia=Ruslands", "ukraine=Oekraïne");
  }

  @Test
  void theLongestMatchWinsAndNothingMatchesInsideAWord() {
    assertThat(found("de Europese Raad en de Mensenrechtenraad in Latijns-Amerika"))
        .containsExactly(
            "european-council=Europese Raad",
            "human-rights-council=Mensenrechtenraad",
            "latin-america=Latijns-Amerika");
    assertThat(found("Iranees, Navoleon en Canadaweg")).isEmpty();
    assertThat(found("de staatssecretaris van Europese Zaken")).isEmpty();
  }

  @Test
  void membersOfParliamentInRequestsBecomePersons() {
    Document d = PaperProcessor.standard().process(SharedCorpus.seed("002")).document();
    assertThat(d.annotations(AnnotationType.ENTITY))
        .anySatisfy(
            a -> {
              assertThat(a.value()).isEqualTo("member-piri");
              assertThat(d.quote(a.span())).isEqualTo("Piri");
              assertThat(a.attribute("role")).isEqualTo("member of parliament");
            });
  }

  @Test
  void findsByIdQidOrLabel() {
    Gazetteer g = Gazetteer.standard();
    assertThat(g.find("Q30")).get().extracting(Entity::id).isEqualTo("united-states");
    assertThat(g.find("vs")).get().extracting(Entity::id).isEqualTo("united-states");
    assertThat(g.find("NAVO")).get().extracting(Entity::id).isEqualTo("nato");
    assertThat(g.entities().stream().filter(e -> e.type().equals("country")).count())
        .isGreaterThanOrEqualTo(193);
  }

  @Test
  void aUsersGazetteerAddsEntities(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(
        file,
        "# my own\nbenelux-defence\torganisation\t\tBeneluxdefensie\tBND\t\t\n",
        StandardCharsets.UTF_8);
    Gazetteer g = Gazetteer.standard().with(file);
    assertThat(new EntityMatcher(g).find("de BND en de VS"))
        .extracting(m -> m.entity().id())
        .containsExactly("benelux-defence", "united-states");
  }

  @Test
  void aMalformedLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "only-an-id\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.standard().with(file))
        .hasMessageContaining("bad.tsv line 1");
    Files.writeString(file, "x\tcountry\tX12\tIksland\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.standard().with(file)).hasMessageContaining("QID");
  }
}
