package nl.koers.annotate.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;

/**
 * Classifies a paper into the kinds of ../shared/corpus/README.md from its heading, or, without a
 * heading, from how it opens. A letter that offers the report or annotated agenda of a Council
 * meeting is that report or agenda ({@code Hierbij bied ik u het verslag aan van de Raad ...}).
 */
public final class KindAnnotator implements Annotator {
  /** Heading cues, first match wins: order from most to least specific. */
  private static final List<String[]> HEADING_CUES =
      List.of(
          new String[] {
            "INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "verslag-schriftelijk-overleg"
          },
          new String[] {"LIJST VAN VRAGEN EN ANTWOORDEN", "lijst-van-vragen-en-antwoorden"},
          new String[] {"VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "verslag-schriftelijk-overleg"},
          new String[] {"VERSLAG VAN EEN ALGEMEEN OVERLEG", "verslag-algemeen-overleg"},
          new String[] {"VERSLAG VAN EEN COMMISSIEDEBAT", "verslag-commissiedebat"},
          new String[] {"MEMORIE VAN TOELICHTING", "memorie-van-toelichting"},
          new String[] {"VOORSTEL VAN WET", "wetsvoorstel"},
          new String[] {"AMENDEMENT", "amendement"},
          new String[] {"MOTIE", "motie"},
          new String[] {"GEANNOTEERDE AGENDA", "geannoteerde-agenda"},
          new String[] {"NOTA ", "nota"},
          new String[] {"BRIEF", "brief"});

  private static final Pattern OFFERS_REPORT =
      Pattern.compile(
          "(?:bied|zend|stuur|doen toekomen|ontvangt u|hierbij)[^.]{0,80}?\\b(?:het |een )?verslag\\b[^.]{0,40}?\\b(?:van|aan van)\\s+(?:de |het )?(?:informele |extra )?(?:\\p{L}+ )?(?:Raad|RBZ|RAZ|Europese Raad|top|Top)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern OFFERS_AGENDA =
      Pattern.compile(
          "(?:bied|zend|stuur|doen toekomen|ontvangt u)[^.]{0,60}?geannoteerde agenda",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern REPORT_TITLE =
      Pattern.compile("^\\s*VERSLAG\\b[^\\n]{0,120}\\bRAAD\\b");
  private static final Pattern COUNCIL_CONCLUSIONS =
      Pattern.compile("Conclusies van de Raad|RAADSCONCLUSIES|Raadsconclusies over");
  private static final Pattern QUESTIONS =
      Pattern.compile("^\\s*Vragen van (?:het lid|de leden)\\b", Pattern.MULTILINE);
  private static final Pattern ANSWER =
      Pattern.compile("(?m)^\\s*Antwoord van (?:de )?(?:[Mm]inister|[Ss]taatssecretaris)");
  private static final Pattern LETTER =
      Pattern.compile(
          "Aan de [Vv]oorzitter van de Tweede Kamer|Zeer geachte|\\bHierbij (?:bied|ontvangt|stuur|informeer)|[Gg]raag bied ik|\\b[Dd]eze brief\\b|\\buw Kamer\\b|De [Mm]inister van [^,\\n]{3,60},\\s*\\p{Lu}");

  @Override
  public String name() {
    return "kind";
  }

  @Override
  public Set<String> requires() {
    return Set.of("header");
  }

  @Override
  public Set<String> produces() {
    return Set.of("kind");
  }

  @Override
  public void annotate(AnnotatedText t) {
    String text = t.text();
    String opening = text.substring(0, Math.min(text.length(), 3000));
    List<Annotation> headings = t.annotations(AnnotationType.HEADING);
    if (!headings.isEmpty()) {
      Annotation h = headings.get(0);
      String upper = h.value().toUpperCase(Locale.ROOT);
      for (String[] cue : HEADING_CUES) {
        if (upper.contains(cue[0])) {
          String kind = cue[1];
          if (kind.equals("brief")) {
            kind = letterKind(opening, h.span().end());
          }
          t.add(AnnotationType.KIND, h.span().begin(), h.span().end(), kind);
          return;
        }
      }
      t.add(AnnotationType.KIND, h.span().begin(), h.span().end(), "other");
      return;
    }
    Matcher m;
    if ((m = ANSWER.matcher(opening)).find()) {
      t.add(AnnotationType.KIND, m.start(), m.end(), "antwoorden-kamervragen");
    } else if ((m = QUESTIONS.matcher(opening)).find()) {
      t.add(AnnotationType.KIND, m.start(), m.end(), "schriftelijke-vragen");
    } else if ((m = COUNCIL_CONCLUSIONS.matcher(opening)).find()) {
      t.add(AnnotationType.KIND, m.start(), m.end(), "raadsconclusies");
    } else if ((m = REPORT_TITLE.matcher(opening)).find()) {
      t.add(AnnotationType.KIND, m.start(), m.end(), "verslag-raad");
    } else if ((m = LETTER.matcher(text)).find()) {
      t.add(AnnotationType.KIND, m.start(), m.end(), letterKind(opening, 0));
    } else {
      t.add(AnnotationType.KIND, 0, 0, "other");
    }
  }

  /** A letter is a brief unless its opening offers a Council report or annotated agenda. */
  private static String letterKind(String opening, int from) {
    String offer = opening.substring(Math.min(from, opening.length()));
    int firstParagraphs = Math.min(offer.length(), 700);
    offer = offer.substring(0, firstParagraphs);
    if (OFFERS_AGENDA.matcher(offer).find()) {
      return "geannoteerde-agenda";
    }
    if (OFFERS_REPORT.matcher(offer).find()) {
      return "verslag-raad";
    }
    return "brief";
  }
}
