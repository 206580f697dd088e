package nl.koers.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyncOptionsTest {
  @Test
  void theUserAgentNamesKoersAndTheContactTheUserGave() {
    assertThat(SyncOptions.userAgent("redactie@example.org"))
        .startsWith("Koers/")
        .endsWith("; +redactie@example.org)");
    assertThat(SyncOptions.userAgent(null)).startsWith("Koers/").doesNotContain("+");
    // a header cannot carry a line break: such a contact is left out, not sent
    assertThat(SyncOptions.userAgent("a@b.nl\r\nX-Evil: 1")).doesNotContain("Evil");
  }
}
