package nl.koers.annotate.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * A figure written for people, the Dutch way: {@code € 474,3 mln}, {@code $ 2,1 mld}, {@code €
 * 850.000}, {@code 5% van het bbp}, {@code 825.000 banen}, with {@code +}/{@code −} for a rise or a
 * cut. For tables and pages only; CSV and JSON carry the plain decimal. Stateless, thread-safe.
 */
public final class FigureFormat {
  private static final Locale NL = Locale.forLanguageTag("nl-NL");
  private static final Map<String, String> CURRENCY = Map.of("EUR", "€", "USD", "$", "GBP", "£");
  private static final Map<String, String> COUNT =
      Map.ofEntries(
          Map.entry("persons", "personen"),
          Map.entry("jobs", "banen"),
          Map.entry("housing_units", "wooneenheden"),
          Map.entry("companies", "bedrijven"),
          Map.entry("tonnes", "ton"),
          Map.entry("aircraft", "vliegtuigen"),
          Map.entry("ships", "schepen"),
          Map.entry("missiles", "raketten"),
          Map.entry("shells", "granaten"),
          Map.entry("sanctions", "sancties"),
          Map.entry("percentage_points", "procentpunt"));

  private FigureFormat() {}

  /** The figure for people; {@code direction} {@code up}, {@code down} or null. */
  public static String human(BigDecimal value, String unit, String direction) {
    String sign = "up".equals(direction) ? "+" : "down".equals(direction) ? "−" : "";
    String u = unit == null ? "" : unit;
    String symbol = CURRENCY.get(u);
    if (symbol != null) {
      BigDecimal abs = value.abs();
      if (abs.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
        return sign + symbol + " " + number(abs.movePointLeft(9), 2) + " mld";
      }
      if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
        return sign + symbol + " " + number(abs.movePointLeft(6), 2) + " mln";
      }
      return sign + symbol + " " + number(abs, 2);
    }
    return switch (u) {
      case "percent" -> sign + number(value, 2) + "%";
      case "percent_gdp" -> sign + number(value, 2) + "% van het bbp";
      case "percent_gni" -> sign + number(value, 2) + "% van het bni";
      default -> (sign + number(value, 2) + " " + COUNT.getOrDefault(u, u)).strip();
    };
  }

  /** {@code 474,3}, {@code 825.000}: Dutch grouping and decimal comma, at most {@code decimals}. */
  static String number(BigDecimal v, int decimals) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(NL));
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(v);
  }
}
