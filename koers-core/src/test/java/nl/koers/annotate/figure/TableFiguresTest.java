package nl.koers.annotate.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableFiguresTest {
  private static List<TableFigures.Cell> cells(String text) {
    return TableFigures.find(text, new boolean[text.length() + 1]);
  }

  @Test
  void amountsUnderAMillionsCaptionAreScaledAndRowLabelsSkipped() {
    String t =
        "Tabel 2 Bijdragen in 2024 (bedragen in miljoenen euro)\nDonor Bijdrage\n"
            + "1 Duitsland 310,5\n2 Frankrijk 95,25\n\nDe bijdragen stegen sterk in de afgelopen vijf jaar.\n"
            + "Daarna volgde 12,5 als los getal.";
    assertThat(cells(t))
        .extracting(c -> c.value().stripTrailingZeros().toPlainString(), TableFigures.Cell::year)
        .containsExactly(tuple("310500000", "2024"), tuple("95250000", "2024"));
  }

  @Test
  void aReflowedTableOnOneLineIsReadToo() {
    String t = "Tabel 1 Gevolgen (x € 1.000) Art. Omschrijving 2025 1 Noodhulp 125.400 −3.500";
    assertThat(cells(t))
        .extracting(
            c -> c.value().stripTrailingZeros().toPlainString(), TableFigures.Cell::direction)
        .containsExactly(tuple("125400000", null), tuple("3500000", "down"));
  }

  @Test
  void aScaleRightAfterOneAmountIsNoCaption() {
    String t = "verlaagd met € 474.300 (x € 1.000).\n12.000 18.000\n";
    assertThat(cells(t)).isEmpty();
    assertThat(TableFigures.inlineScale(t, t.indexOf(" (x")).factor().intValue()).isEqualTo(1000);
  }
}
