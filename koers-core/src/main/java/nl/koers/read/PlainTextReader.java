package nl.koers.read;

import java.util.List;
import java.util.Locale;
import nl.koers.document.OffsetMap;

/** Plain text papers ({@code .txt}, or text without an extension). */
public final class PlainTextReader implements DocumentReader {
  @Override
  public String name() {
    return "text";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean textName = lower.endsWith(".txt") || lower.endsWith(".text") || !lower.contains(".");
    return textName && TextDecoder.looksLikeText(head);
  }

  @Override
  public SourceText read(String fileName, byte[] bytes) throws ReadException {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    return new SourceText(
        decoded.text(), OffsetMap.identity(), name(), decoded.charset().name(), List.of());
  }
}
