package nl.koers.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.koers.SharedCorpus;
import nl.koers.document.Document;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

class FigureTableTest {
  private static List<FigureTable.Row> rows(String dev) {
    Document d =
        PaperProcessor.standard()
            .process(SharedCorpus.dev().resolve("docs").resolve(dev + ".txt"))
            .document();
    return FigureTable.rows(List.of(d), null, null);
  }

  @Test
  void eachFigureHasItsOwnQuoteAndAValueForPeople() {
    List<FigureTable.Row> rows = rows("kst-21501-02-269");
    assertThat(rows)
        .extracting(FigureTable.Row::display)
        .containsExactly("€ 1 mld", "+€ 1,5 mld", "€ 1 mld", "€ 500 mln");
    // "van 1 miljard naar 1,5 miljard" share their clause; the next two figures have their own
    assertThat(rows.get(0).quote())
        .isEqualTo(rows.get(1).quote())
        .isEqualTo(
            "… a een uitbreiding van Phare (van 1 miljard naar 1,5 miljard Euro op jaarbasis) …");
    assertThat(rows.get(2).quote()).isEqualTo("… «ISPA» (1 miljard Euro per jaar) …");
    assertThat(rows.get(3).quote()).isEqualTo("… «SAPARD» (0,5 miljard Euro per jaar) …");
    assertThat(rows.get(1).value().toString()).isEqualTo("1500000000");
  }

  @Test
  void anAmendmentsCutIsShownInMillions() {
    assertThat(rows("kst-33640-V-5"))
        .extracting(FigureTable.Row::display)
        .containsExactly("−€ 474,3 mln");
  }
}
