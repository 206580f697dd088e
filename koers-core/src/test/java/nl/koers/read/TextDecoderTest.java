package nl.koers.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void decodesUtf8AndSkipsItsByteOrderMark() throws ReadException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'O', 'k'};
    assertThat(TextDecoder.decode(bom).text()).isEqualTo("Ok");
    assertThat(TextDecoder.decode("Oekraïne".getBytes(StandardCharsets.UTF_8)).charset())
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void detectsWindows1252ByItsPrintableHighRange() throws ReadException {
    byte[] bytes = {'a', (byte) 0x96, 'b', ' ', (byte) 0x80};
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertThat(d.charset().name()).isEqualTo("windows-1252");
    assertThat(d.text()).isEqualTo("a–b €");
  }

  @Test
  void fallsBackToLatin1WithoutThatRange() throws ReadException {
    byte[] bytes = {'R', 0x69, 's', (byte) 0xe9};
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertThat(d.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(d.text()).isEqualTo("Risé");
  }

  @Test
  void refusesEmptyAndBinaryInput() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file");
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0}))
        .hasMessageContaining("binary content");
  }
}
