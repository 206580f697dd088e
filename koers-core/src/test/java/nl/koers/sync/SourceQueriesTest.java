package nl.koers.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queries Koers sends the public sources, in their published syntax. */
class SourceQueriesTest {
  private static final SyncOptions SCOPE =
      SyncOptions.builder()
          .dossiers(List.of("21501-02", "28676"))
          .since(LocalDate.of(2024, 1, 1))
          .kinds(List.of("Kamerstuk", "Brief regering"))
          .build();

  @Test
  void asksODataForTheDocumentsOfEachDossierSinceTheDay() {
    List<String> pages =
        TkOData.firstPages(SCOPE).stream()
            .map(u -> URLDecoder.decode(u.toString(), StandardCharsets.UTF_8))
            .toList();

    assertThat(pages)
        .containsExactly(
            "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document?$filter=Verwijderd eq"
                + " false and Datum ge 2024-01-01T00:00:00+02:00 and (Soort eq 'Brief regering')"
                + " and Kamerstukdossier/any(d:d/Nummer eq 21501 and d/Toevoeging eq '02')"
                + "&$expand=Kamerstukdossier",
            "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document?$filter=Verwijderd eq"
                + " false and Datum ge 2024-01-01T00:00:00+02:00 and (Soort eq 'Brief regering')"
                + " and Kamerstukdossier/any(d:d/Nummer eq 28676)&$expand=Kamerstukdossier");
  }

  @Test
  void asksKoopForKamerstukkenOfTheDossiersSinceTheDay() {
    assertThat(KoopSru.query(SCOPE))
        .isEqualTo(
            "c.product-area==officielepublicaties AND w.publicatienaam==\"Kamerstuk\" AND"
                + " (w.dossiernummer==21501-02 OR w.dossiernummer==28676) AND dt.date>=2024-01-01");
  }

  @Test
  void withoutAKindKoopIsAskedForKamerstukkenAndAanhangsels() {
    assertThat(KoopSru.query(SyncOptions.builder().build()))
        .isEqualTo(
            "c.product-area==officielepublicaties AND (w.publicatienaam==\"Kamerstuk\" OR"
                + " w.publicatienaam==\"Aanhangsel van de Handelingen\")");
  }

  @Test
  void aFeedStartsAtItsCategory() {
    assertThat(TkFeed.firstPage(SCOPE, "Zaak").toString())
        .isEqualTo("https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?category=Zaak");
  }
}
