package nl.koers.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class DutchDatesTest {
  private static LocalDate resolve(String text, LocalDate anchor) {
    Matcher m = DutchDates.DATE_PATTERN.matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return DutchDates.resolve(m, anchor);
  }

  @Test
  void readsFullAbbreviatedAndRangedDates() {
    assertThat(resolve("Den Haag, 13 november 2024", null)).isEqualTo(LocalDate.of(2024, 11, 13));
    assertThat(resolve("op 9juni 2004", null)).isEqualTo(LocalDate.of(2004, 6, 9));
    assertThat(resolve("d.d. 26/27 oktober 1998", null)).isEqualTo(LocalDate.of(1998, 10, 26));
    assertThat(resolve("van 31 mei en 1 juni 2023", null)).isEqualTo(LocalDate.of(2023, 5, 31));
    assertThat(resolve("VAN 19 NOVEMBER 2020", null)).isEqualTo(LocalDate.of(2020, 11, 19));
  }

  @Test
  void resolvesRelativeDatesAgainstTheAnchor() {
    LocalDate anchor = LocalDate.of(2020, 11, 19);
    assertThat(resolve("RBZ van 12 oktober jl.", anchor)).isEqualTo(LocalDate.of(2020, 10, 12));
    assertThat(resolve("de RBZ van 7 december a.s.", anchor)).isEqualTo(LocalDate.of(2020, 12, 7));
    assertThat(resolve("schriftelijke vragen (8 dec. jl.)", LocalDate.of(2026, 1, 10)))
        .isEqualTo(LocalDate.of(2025, 12, 8));
    assertThat(resolve("9 okt jl.", null)).isNull();
  }

  @Test
  void keepsAComingMeetingInTheAnchorsMonthWhenTheLetterIsDatedDuringIt() {
    // A letter dated on the summit's second day still announces it as coming.
    LocalDate anchor = LocalDate.of(2021, 6, 25);
    assertThat(resolve("de Europese Raad van 24 en 25 juni a.s.", anchor))
        .isEqualTo(LocalDate.of(2021, 6, 24));
    assertThat(resolve("de top van 20 juni aanstaande", LocalDate.of(2021, 6, 28)))
        .isEqualTo(LocalDate.of(2021, 6, 20));
    assertThat(resolve("de top van 2 februari a.s.", LocalDate.of(2021, 12, 20)))
        .isEqualTo(LocalDate.of(2022, 2, 2));
  }

  @Test
  void keepsARecentPastDateInTheAnchorsYearWhenTheAnchorIsSlightlyEarlier() {
    // An undated report is anchored on the meeting it reports; it was written days later.
    LocalDate anchor = LocalDate.of(2020, 11, 19);
    assertThat(resolve("de Kamer werd op 23 november jl. ingelicht", anchor))
        .isEqualTo(LocalDate.of(2020, 11, 23));
    assertThat(resolve("het overleg van 30 december jl.", LocalDate.of(2020, 11, 19)))
        .isEqualTo(LocalDate.of(2019, 12, 30));
  }

  @Test
  void readsTheLastDayOfARangeInOneMonth() {
    Matcher m = DutchDates.DATE_PATTERN.matcher("de conferentie van 23 en 24 november 2020");
    assertThat(m.find()).isTrue();
    assertThat(DutchDates.lastDay(m, DutchDates.full(m))).isEqualTo(LocalDate.of(2020, 11, 24));
    Matcher single = DutchDates.DATE_PATTERN.matcher("op 3 maart 2021 besloten");
    assertThat(single.find()).isTrue();
    assertThat(DutchDates.lastDay(single, DutchDates.full(single)))
        .isEqualTo(LocalDate.of(2021, 3, 3));
  }
}
