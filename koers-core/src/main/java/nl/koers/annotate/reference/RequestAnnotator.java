package nl.koers.annotate.reference;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.annotate.DutchDates;
import nl.koers.annotate.metadata.Names;
import nl.koers.document.AnnotationType;

/**
 * Members' requests a paper answers: {@code verzoek van het lid Piri van 12 november 2024}, {@code
 * schriftelijke vragen van het lid Dassen (Volt, 8 dec. jl.)}, {@code gedaan bij monde van het
 * Kamerlid Sjoerdsma (D66)}. Attributes: {@code party} and {@code date} (ISO) when given; a
 * relative date with nothing to resolve it against stays unknown.
 */
public final class RequestAnnotator implements Annotator {
  private static final Pattern REQUEST =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:spoed)?verzoek|(?:schriftelijke\\s+)vragen|[Vv]erzoek)\\s+van\\s+(?:het\\s+(?:Kamer)?lid|de\\s+leden)\\s+"
              + "(?<member>"
              + Names.SURNAME
              + ")"
              + "(?:\\s*\\([^()]{1,15}\\))?(?:\\s*(?:,|en)\\s+"
              + Names.SURNAME
              + "(?=\\s|,|\\())*"
              + "(?:\\s*\\((?<party>[\\p{L}\\p{N}-]{1,15}(?:\\s[\\p{L}-]{1,10})?)(?:,\\s*(?<pdate>[^)]{4,30}))?\\))?"
              + "(?:\\s+van\\s+(?<vdate>[0-3]?\\d\\s?\\p{L}+\\.?(?:\\s+\\d{4})?(?:\\s+(?:jl\\.|a\\.s\\.))?))?");
  private static final Pattern BY_MOUTH_OF =
      Pattern.compile(
          "bij\\s+monde\\s+van\\s+(?:het\\s+)?(?:Kamer)?lid\\s+(?<member>"
              + "(?:\\p{Lu}\\p{Ll}+\\s+)?"
              + Names.SURNAME
              + ")(?:\\s*\\((?<party>[^),]{1,15})\\))?(?<rest>[^.]{0,80}?d\\.d\\.\\s*(?<vdate>"
              + DutchDates.DATE
              + "))?");

  @Override
  public String name() {
    return "requests";
  }

  @Override
  public Set<String> requires() {
    return Set.of("date");
  }

  @Override
  public Set<String> produces() {
    return Set.of("requests");
  }

  @Override
  public void annotate(AnnotatedText t) {
    String text = t.text();
    String docDate = t.value(AnnotationType.DATE);
    NavigableMap<Integer, LocalDate> fullDates = DutchDates.fullDates(text);
    for (Pattern p : new Pattern[] {REQUEST, BY_MOUTH_OF}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Map<String, String> attributes = new HashMap<>();
        if (m.group("party") != null) {
          attributes.put("party", m.group("party").strip());
        }
        String written =
            p == REQUEST && m.group("pdate") != null ? m.group("pdate") : m.group("vdate");
        if (written != null) {
          Matcher d = DutchDates.DATE_PATTERN.matcher(written);
          if (d.find()) {
            LocalDate date =
                DutchDates.resolve(d, DutchDates.anchor(fullDates, m.start(), docDate));
            if (date != null) {
              attributes.put("date", date.toString());
            }
          }
        }
        t.add(AnnotationType.REQUEST, m.start(), m.end(), m.group("member"), attributes);
      }
    }
  }
}
