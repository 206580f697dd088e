package nl.koers.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text files: strict UTF-8 first; when the bytes are not valid UTF-8, Windows-1252 if they
 * use its printable 0x80–0x9F range (curly quotes, en dashes, €), else ISO-8859-1. Binary content
 * is refused rather than decoded into noise.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The decoded text and the charset that decoded it. */
  public record Decoded(String text, Charset charset) {}

  private TextDecoder() {}

  /** Whether the first bytes look like text rather than a binary format. */
  public static boolean looksLikeText(byte[] head) {
    int control = 0;
    int n = Math.min(head.length, 8192);
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return false;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        control++;
      }
    }
    return n == 0 || control * 100 < n;
  }

  public static Decoded decode(byte[] bytes) throws ReadException {
    if (bytes.length == 0) {
      throw new ReadException("empty file");
    }
    if (!looksLikeText(bytes)) {
      throw new ReadException("binary content (control bytes), not a text file");
    }
    int skip = hasUtf8Bom(bytes) ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(buffer)
              .toString();
      return new Decoded(text, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      Charset fallback = usesWindows1252Range(bytes) ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
      return new Decoded(new String(bytes, fallback), fallback);
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  private static boolean usesWindows1252Range(byte[] bytes) {
    for (byte b : bytes) {
      int v = b & 0xff;
      if (v >= 0x80 && v <= 0x9f) {
        return true;
      }
    }
    return false;
  }
}
