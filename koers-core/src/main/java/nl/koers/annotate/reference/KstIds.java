package nl.koers.annotate.reference;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises dossier numbers and builds kst-ids ({@code 21 501-02}, nr. 2976 → {@code
 * kst-21501-02-2976}).
 */
public final class KstIds {
  private static final Pattern DOSSIER =
      Pattern.compile(
          "(\\d{2})[ .]?(\\d{3})(?:\\s?[-–]\\s?(\\d{2})|\\s(\\d{2})|\\s([IVXLC]{1,6}|\\p{Lu}))?");

  private KstIds() {}

  /**
   * {@code 21 501-02} → {@code 21501-02}; {@code 36 600 V} → {@code 36600-V}; {@code 21 501 02} →
   * {@code 21501-02}.
   */
  public static String dossier(String written) {
    Matcher m = DOSSIER.matcher(written.strip());
    if (!m.lookingAt()) {
      return written.strip();
    }
    String base = m.group(1) + m.group(2);
    String suffix = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
    return suffix == null ? base : base + "-" + suffix.toUpperCase(Locale.ROOT);
  }

  public static String of(String dossier, String number) {
    return "kst-" + dossier + "-" + number.toLowerCase(Locale.ROOT);
  }
}
