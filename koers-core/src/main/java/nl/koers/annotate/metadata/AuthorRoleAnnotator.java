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
 * The author's role as the paper words it: from a letter's heading ({@code BRIEF VAN DE MINISTER
 * VAN BUITENLANDSE ZAKEN} → {@code minister van Buitenlandse Zaken}), else from the first
 * minister's signature or the answering minister. Reports, motions and amendments are written by
 * parliament and get no author role.
 */
public final class AuthorRoleAnnotator implements Annotator {
  private static final Pattern LETTER_HEADING =
      Pattern.compile("^(?:BRIEF|Brief) (?:VAN|van) (?:DE|de|HET|het) (?<role>.+)$");
  private static final Set<String> LETTER_KINDS =
      Set.of("brief", "geannoteerde-agenda", "verslag-raad", "antwoorden-kamervragen", "nota");

  @Override
  public String name() {
    return "author-role";
  }

  @Override
  public Set<String> requires() {
    return Set.of("header", "kind", "signatures");
  }

  @Override
  public Set<String> produces() {
    return Set.of("author-role");
  }

  @Override
  public void annotate(AnnotatedText t) {
    String kind = t.value(AnnotationType.KIND);
    if (!LETTER_KINDS.contains(kind)) {
      return;
    }
    for (Annotation h : t.annotations(AnnotationType.HEADING)) {
      Matcher m = LETTER_HEADING.matcher(h.value());
      if (m.matches()) {
        int b = h.span().begin() + m.start("role");
        t.add(AnnotationType.AUTHOR_ROLE, b, h.span().end(), normalise(m.group("role")));
        return;
      }
    }
    List<Annotation> signatories = t.annotations(AnnotationType.SIGNATORY);
    for (Annotation s : signatories) {
      String role = s.attribute("role");
      if (role != null
          && role.toLowerCase(Locale.ROOT).matches("(?s)(minister|staatssecretaris).*")) {
        t.add(AnnotationType.AUTHOR_ROLE, s.span().begin(), s.span().end(), normalise(role));
        return;
      }
    }
  }

  /**
   * Lower-cases the office ({@code Minister} → {@code minister}) and mends {@code MINISTER
   * PRESIDENT}.
   */
  static String normalise(String role) {
    String r = role.strip().replaceAll("\\s+", " ");
    if (r.equals(r.toUpperCase(Locale.ROOT))) {
      r = r.toLowerCase(Locale.ROOT);
      // Restore the capitals of department names: van buitenlandse zaken → van Buitenlandse Zaken
      StringBuilder out = new StringBuilder();
      boolean capitalise = false;
      for (String word : r.split(" ")) {
        if (out.length() > 0) {
          out.append(' ');
        }
        boolean particle =
            Set.of("van", "voor", "en", "de", "het", "der").contains(word.replace(",", ""));
        if (capitalise
            && !particle
            && !word.startsWith("minister")
            && !word.startsWith("staatssecretaris")) {
          out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        } else {
          out.append(word);
        }
        if (word.equals("van") || word.equals("voor")) {
          capitalise = true;
        } else if (word.startsWith("minister") || word.startsWith("staatssecretaris")) {
          capitalise = false;
        }
      }
      r = out.toString();
    }
    r = r.replaceAll("(?i)^minister[ -]president", "minister-president");
    if (!r.isEmpty() && Character.isUpperCase(r.charAt(0))) {
      r = Character.toLowerCase(r.charAt(0)) + r.substring(1);
    }
    return r.replaceAll("(?i)\\bMinister\\b", "minister")
        .replaceAll("(?i)\\bStaatssecretaris\\b", "staatssecretaris");
  }
}
