package nl.koers.read;

import java.time.Duration;

/**
 * Bounds on reading one file, so that no single user file can stall or sink a batch.
 *
 * @param maxBytes files larger than this are refused before they are read
 * @param maxChars a paper whose text is longer is refused (zip bombs, runaway parsers, and the
 *     memory annotating and indexing take: several copies of the text at once, about 200 bytes a
 *     character at the peak; the default keeps one paper well inside a 1 GB heap, measured with a
 *     5-million-character paper at -Xmx1g, and is some 2,000 pages, more than any parliamentary
 *     paper)
 * @param timeout how long one file may take to parse
 * @param ocr whether pages without a text layer go through Tesseract (when installed)
 */
public record ReadLimits(long maxBytes, int maxChars, Duration timeout, boolean ocr) {
  public static final ReadLimits DEFAULT =
      new ReadLimits(64L * 1024 * 1024, 4_000_000, Duration.ofSeconds(60), false);

  public ReadLimits {
    if (maxBytes <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }
}
