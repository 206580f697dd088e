package nl.koers.read;

import java.time.Duration;

/**
 * Bounds on reading one file, so that no single user file can stall or sink a batch.
 *
 * @param maxBytes files larger than this are refused before they are read
 * @param maxChars extracted text beyond this many characters is refused (zip bombs, runaway
 *     parsers)
 * @param timeout how long one file may take to parse
 * @param ocr whether pages without a text layer go through Tesseract (when installed)
 */
public record ReadLimits(long maxBytes, int maxChars, Duration timeout, boolean ocr) {
  public static final ReadLimits DEFAULT =
      new ReadLimits(64L * 1024 * 1024, 50_000_000, Duration.ofSeconds(60), false);

  public ReadLimits {
    if (maxBytes <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }
}
