package nl.koers.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.document.Document;
import nl.koers.document.PaperFacts;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;

/**
 * A title people can read in a hit list: the paper's heading and dossier title, else its subject
 * line ({@code Betreft: …}), else its first real heading, else its first sentence of running text —
 * never a salutation, an address, a {@code Vastgesteld …} or {@code Den Haag, …} line, a memo field
 * or a file hash.
 */
public final class PaperTitle {
  static final int MAX = 140;

  /** How far into a paper a subject line or heading is looked for. */
  private static final int LOOK = 4000;

  private static final Pattern SUBJECT =
      Pattern.compile("(?im)^\\s*(?:betreft|onderwerp)\\s*:?\\s+(\\S.{3,200}?)\\s*$");

  /** Lines that open letters and memos but say nothing about their subject. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)^\\s*(aan\\s+(de|het)\\b|geachte|den haag\\b|vastgesteld\\b|datum\\b|nr\\.|"
              + "kenmerk|uw (brief|kenmerk)|bijlage\\(?n?\\)?\\s*$|aan:|van:|cc:|betreft\\b|"
              + "tweede kamer der staten-generaal|eerste kamer|vergaderjaar|"
              + "hoogachtend|de minister van|de staatssecretaris van)");

  private PaperTitle() {}

  public static String of(Document d) {
    PaperFacts f = d.facts();
    if (f.heading() != null) {
      return cut(f.dossierTitle() != null ? f.heading() + " — " + f.dossierTitle() : f.heading());
    }
    String head = d.text().substring(0, Math.min(d.text().length(), LOOK));
    Matcher subject = SUBJECT.matcher(head);
    if (subject.find()) {
      return cut(subject.group(1));
    }
    String paragraph = null;
    for (Segment s : d.segments()) {
      if (s.span().begin() > LOOK && paragraph != null) {
        break;
      }
      if (s.type() != SegmentType.HEADING && s.type() != SegmentType.PARAGRAPH) {
        continue;
      }
      String q = d.quote(s.span()).strip().replaceAll("\\s+", " ");
      if (!readable(q)) {
        continue;
      }
      if (s.type() == SegmentType.HEADING && s.span().begin() <= LOOK) {
        return cut(q.replaceAll("^[#*_\\s]+|[#*_\\s]+$", ""));
      }
      if (paragraph == null) {
        paragraph = q;
      }
    }
    if (paragraph != null) {
      return cut(firstSentence(paragraph));
    }
    return f.dossierTitle() != null ? cut(f.dossierTitle()) : d.id();
  }

  /** Words, not a date line, an address or a number. */
  private static boolean readable(String line) {
    if (BOILERPLATE.matcher(line).find()) {
      return false;
    }
    int words = 0;
    for (String w : line.split(" ")) {
      if (w.chars().filter(Character::isLetter).count() >= 2) {
        words++;
      }
    }
    return words >= 3;
  }

  private static String firstSentence(String paragraph) {
    Matcher end = Pattern.compile("[.!?](\\s|$)").matcher(paragraph);
    return end.find() && end.start() >= 20 ? paragraph.substring(0, end.start() + 1) : paragraph;
  }

  private static String cut(String title) {
    String t = title.strip().replaceAll("\\s+", " ");
    return t.length() > MAX ? t.substring(0, MAX - 1).strip() + "…" : t;
  }
}
