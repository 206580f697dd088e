package nl.koers.cli;

import java.time.Duration;
import java.util.Locale;
import nl.koers.read.ReadLimits;
import nl.koers.read.TikaReader;
import picocli.CommandLine.Option;

/** {@code --max-file-size}, {@code --parse-timeout}, {@code --ocr}: how far Koers goes per file. */
final class ReadOption {
  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      description = "refuse files larger than this (e.g. 64MB, 500KB; default ${DEFAULT-VALUE})",
      defaultValue = "64MB")
  String maxFileSize;

  @Option(
      names = "--parse-timeout",
      paramLabel = "SECONDS",
      description = "give up on a file after this many seconds (default ${DEFAULT-VALUE})",
      defaultValue = "60")
  int parseTimeoutSeconds;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description =
          "refuse papers whose text is longer than this many characters; bounds the memory one"
              + " paper takes (default ${DEFAULT-VALUE})")
  int maxChars = ReadLimits.DEFAULT.maxChars();

  @Option(
      names = "--ocr",
      description =
          "read pages without a text layer with Tesseract (Debian: tesseract-ocr"
              + " tesseract-ocr-nld); off by default")
  boolean ocr;

  ReadLimits limits() {
    if (ocr && !TikaReader.tesseractInstalled()) {
      System.err.println(
          "warning: --ocr given but no tesseract on the PATH; scanned pages stay unread");
    }
    return new ReadLimits(
        bytes(maxFileSize),
        Math.max(1, maxChars),
        Duration.ofSeconds(Math.max(1, parseTimeoutSeconds)),
        ocr);
  }

  static long bytes(String size) {
    String s = size.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    long unit = 1;
    if (s.endsWith("GB")) {
      unit = 1L << 30;
    } else if (s.endsWith("MB")) {
      unit = 1L << 20;
    } else if (s.endsWith("KB")) {
      unit = 1L << 10;
    }
    String digits = s.replaceAll("[A-Z]+$", "");
    try {
      long n = Long.parseLong(digits) * unit;
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      // picocli cannot build a ParameterException around a bare Object: a plain one is printed
      throw new IllegalArgumentException(
          "--max-file-size: '" + size + "' is not a size like 64MB or 500KB", e);
    }
  }
}
