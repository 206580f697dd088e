package nl.koers.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.koers.document.TextSpan;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
  private final MarkdownReader reader = new MarkdownReader();

  @Test
  void turnsHeadingsIntoHintsAndDropsMarkupKeepingOffsets() throws ReadException {
    String md =
        "#### *Inzet kabinet*\n\nDe *President-Elect* wordt 47<sup>e</sup> president.\n\n---\n";
    SourceText t = reader.read("brief.md", md.getBytes(StandardCharsets.UTF_8));
    assertThat(t.text())
        .isEqualTo("Inzet kabinet\n\nDe President-Elect wordt 47e president.\n\n\n");
    assertThat(t.headingLines()).containsExactly(new TextSpan(0, 13));
    int at = t.text().indexOf("President-Elect");
    assertThat(md.substring(t.toOriginal().toOriginal(at), t.toOriginal().toOriginal(at) + 15))
        .isEqualTo("President-Elect");
  }

  @Test
  void recognisesMarkdownInATxtFileByItsContent() {
    byte[] md = "#### Kop\n\nTekst<sup>1</sup>\n".getBytes(StandardCharsets.UTF_8);
    byte[] plain = "Gewone tekst zonder opmaak.\n".getBytes(StandardCharsets.UTF_8);
    assertThat(reader.accepts("paper.txt", md)).isTrue();
    assertThat(reader.accepts("paper.txt", plain)).isFalse();
    assertThat(ReaderRegistry.standard().readerFor("paper.txt", plain).orElseThrow().name())
        .isEqualTo("text");
  }
}
