package nl.koers.annotate.reference;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.document.AnnotationType;

/**
 * References to other kinds of papers: EU Council documents ({@code ST 13634 2020}), UN Security
 * Council resolutions ({@code Resolutie 2231/2015 van de Veiligheidsraad} → {@code UNSC 2231
 * (2015)}; {@code VN Veiligheidsraad Resoluties 550 en 789} → {@code UNSC 550}, {@code UNSC 789})
 * and Handelingen ({@code Handelingen II 2013/14, nr. 85}).
 */
public final class OtherRefAnnotator implements Annotator {
  private static final Pattern COUNCIL_DOCUMENT =
      Pattern.compile("(?<![\\p{L}])ST\\s(?<n>\\d{4,5})(?:[\\s/](?<y>(?:19|20)?\\d{2}))?(?![\\d])");
  private static final Pattern RESOLUTIONS =
      Pattern.compile(
          "(?<![\\p{L}])(?:VNVR-|VN-)?[Rr]esoluties?\\s+(?:nr\\.\\s*)?(?<list>\\d{2,4}(?:\\s*(?:/|\\()\\s*(?:19|20)\\d{2}\\)?)?(?:\\s*(?:,|en)\\s*\\d{2,4}(?:\\s*(?:/|\\()\\s*(?:19|20)\\d{2}\\)?)?)*)");
  private static final Pattern ONE_RESOLUTION =
      Pattern.compile("(?<n>\\d{2,4})(?:\\s*(?:/|\\()\\s*(?<y>(?:19|20)\\d{2})\\)?)?");
  private static final Pattern SECURITY_COUNCIL =
      Pattern.compile(
          "Veiligheidsraad|VNVR|UNSC|Security Council|VN-resolutie", Pattern.CASE_INSENSITIVE);
  private static final Pattern HANDELINGEN =
      Pattern.compile(
          "Handelingen\\s+(?:I{1,2}\\s+)?\\d{4}\\s?[/–-]\\s?\\d{2,4},\\s*nr\\.\\s*\\d+(?:,\\s*item\\s+\\d+)?");

  @Override
  public String name() {
    return "other-refs";
  }

  @Override
  public Set<String> requires() {
    return Set.of("text");
  }

  @Override
  public Set<String> produces() {
    return Set.of("other-refs");
  }

  @Override
  public void annotate(AnnotatedText t) {
    String text = t.text();
    Matcher m = COUNCIL_DOCUMENT.matcher(text);
    while (m.find()) {
      String year = m.group("y");
      if (year != null && year.length() == 2) {
        year = "20" + year;
      }
      String value = "ST " + m.group("n") + (year == null ? "" : " " + year);
      t.add(
          AnnotationType.OTHER_REF,
          m.start(),
          m.end(),
          value,
          java.util.Map.of("kind", "eu-council-document"));
    }
    m = RESOLUTIONS.matcher(text);
    while (m.find()) {
      String context =
          text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 80));
      if (!SECURITY_COUNCIL.matcher(context).find()) {
        continue;
      }
      Matcher one = ONE_RESOLUTION.matcher(m.group("list"));
      int base = m.start("list");
      while (one.find()) {
        String value =
            "UNSC " + one.group("n") + (one.group("y") == null ? "" : " (" + one.group("y") + ")");
        t.add(
            AnnotationType.OTHER_REF,
            base + one.start(),
            base + one.end(),
            value,
            java.util.Map.of("kind", "unsc-resolution"));
      }
    }
    m = HANDELINGEN.matcher(text);
    while (m.find()) {
      t.add(
          AnnotationType.OTHER_REF,
          m.start(),
          m.end(),
          m.group().replaceAll("\\s+", " "),
          java.util.Map.of("kind", "handelingen"));
    }
  }
}
