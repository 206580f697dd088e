package nl.koers.annotate.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.koers.annotate.entity.Tokens;
import nl.koers.data.DataFile;

/**
 * Whose position a sentence states: {@code government} (the paper's author speaks for the
 * government), {@code parliament} (motions, questions, committee text), {@code council} (Council
 * conclusions, "De Raad ..." in a Council report) or {@code other} (a quoted third party). The
 * rules are data ({@code stance-holders.tsv}): the paper kind gives the default, a speaker's turn
 * or a section ("Antwoord 2") sets it for the paragraphs that follow, and a sentence's own subject
 * or verb of reported speech has the last word. Immutable and thread-safe; the per-paper state
 * lives in a {@link Reader}.
 */
public final class StanceHolders {
  public static final String GOVERNMENT = "government";
  public static final String PARLIAMENT = "parliament";
  public static final String COUNCIL = "council";
  public static final String OTHER = "other";

  /** How far into a sentence a subject cue may stand (Dutch puts it after a fronted phrase). */
  static final int SUBJECT_REACH = 12;

  /** A paragraph this long or shorter may be a section heading ("II Reactie van de minister"). */
  static final int SECTION_LENGTH = 80;

  /** Words in a question that address the government. */
  private static final Set<String> ADDRESSEES =
      Set.of("u", "uw", "minister", "regering", "kabinet", "staatssecretaris", "bewindspersoon");

  private record Rule(String[] words, String holder, Set<String> notFollowedBy) {}

  private static final StanceHolders STANDARD =
      new StanceHolders(DataFile.lines(StanceHolders.class, "stance-holders.tsv"));

  private final Map<String, String> byKind = new HashMap<>();
  private final List<Rule> subjects = new ArrayList<>();
  private final List<Rule> openings = new ArrayList<>();
  private final List<Rule> reported = new ArrayList<>();
  private final List<Rule> sections = new ArrayList<>();
  private final List<Rule> turns = new ArrayList<>();

  StanceHolders(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length < 3) {
        throw new IllegalArgumentException(
            "stance-holders.tsv entry " + (i + 1) + ": expected rule, words, holder");
      }
      String holder = f[2].strip();
      if (!Set.of(GOVERNMENT, PARLIAMENT, COUNCIL, OTHER).contains(holder)) {
        throw new IllegalArgumentException(
            "stance-holders.tsv entry " + (i + 1) + ": unknown holder " + holder);
      }
      Set<String> not = f.length > 3 ? Set.of(Tokens.fold(f[3].strip()).split("\\|")) : Set.of();
      Rule r = new Rule(Tokens.fold(f[1].strip()).split("[\\s-]+"), holder, not);
      switch (f[0].strip()) {
        case "kind" -> byKind.put(f[1].strip(), holder);
        case "subject" -> subjects.add(r);
        case "opening" -> openings.add(r);
        case "reported" -> reported.add(r);
        case "section" -> sections.add(r);
        case "turn" -> turns.add(r);
        default ->
            throw new IllegalArgumentException(
                "stance-holders.tsv entry " + (i + 1) + ": unknown rule " + f[0]);
      }
    }
  }

  public static StanceHolders standard() {
    return STANDARD;
  }

  /** The holder of a paper's sentences when nothing in or around them says otherwise. */
  public String byKind(String kind) {
    return kind == null ? GOVERNMENT : byKind.getOrDefault(kind, GOVERNMENT);
  }

  /**
   * The holder the annotator gives a sentence of an annotated paper (also one without stance): the
   * paper is replayed from its start, paragraph by paragraph, up to the sentence.
   */
  public String at(nl.koers.document.Document d, nl.koers.document.TextSpan sentence) {
    String kind =
        d.annotations(nl.koers.document.AnnotationType.KIND).stream()
            .map(nl.koers.document.Annotation::value)
            .findFirst()
            .orElse(null);
    Reader r = reader(kind);
    d.segments().stream()
        .filter(
            s ->
                (s.type() == nl.koers.document.SegmentType.PARAGRAPH
                        || s.type() == nl.koers.document.SegmentType.NUMBERED_POINT
                        || s.type() == nl.koers.document.SegmentType.HEADING)
                    && s.span().begin() <= sentence.begin())
        .sorted(java.util.Comparator.comparingInt(s -> s.span().begin()))
        .forEach(s -> r.paragraph(d.quote(s.span())));
    return r.sentence(d.quote(sentence));
  }

  /** Reads one paper in text order: call {@link #paragraph} at each paragraph, then sentences. */
  public Reader reader(String kind) {
    return new Reader(byKind(kind), isParliamentKind(kind));
  }

  private boolean isParliamentKind(String kind) {
    return PARLIAMENT.equals(byKind(kind));
  }

  /** The holder state of one paper. Not thread-safe. */
  public final class Reader {
    private final String byKind;
    private final boolean parliamentPaper;
    private String current;

    private Reader(String byKind, boolean parliamentPaper) {
      this.byKind = byKind;
      this.parliamentPaper = parliamentPaper;
      this.current = byKind;
    }

    /** A new paragraph: a speaker's turn or a section heading changes the running holder. */
    public void paragraph(String text) {
      String head = text.length() > 200 ? text.substring(0, 200) : text;
      Tokens t = Tokens.of(head);
      int colon = head.indexOf(':');
      String firstLine = head.strip().split("\n", 2)[0];
      if (colon > 0 && colon < 100 && !head.substring(0, colon).contains(".")) {
        Rule turn = at(turns, t, 0);
        if (turn != null) {
          current = turn.holder();
          return;
        }
      }
      if (firstLine.length() <= SECTION_LENGTH || text.strip().length() <= SECTION_LENGTH) {
        int k = 0;
        while (k < t.size && isNumbering(t.folded[k])) {
          k++;
        }
        Rule section = at(sections, t, k);
        if (section != null) {
          current = section.holder();
        }
      }
    }

    /** The holder of one sentence of the current paragraph. */
    public String sentence(String text) {
      Tokens t = Tokens.of(text.length() > 2000 ? text.substring(0, 2000) : text);
      String subject = subject(t);
      // in a question "de minister" is the one asked, not the one speaking
      if (text.strip().endsWith("?")
          && (subject == null || GOVERNMENT.equals(subject))
          && (parliamentPaper || addressesGovernment(t))) {
        return PARLIAMENT;
      }
      // "Vragen van het lid X aan de minister", "de brief van de minister": the addressee
      if (subject != null && !(GOVERNMENT.equals(subject) && PARLIAMENT.equals(current))) {
        return subject;
      }
      for (int k = 0; k < Math.min(t.size, 40); k++) {
        Rule verb = at(reported, t, k);
        if (verb != null) {
          // Dutch inversion: "... benadrukte de Raad dat" names its speaker after the verb
          Rule after = at(subjects, t, k + verb.words().length);
          if (after != null) {
            return after.holder();
          }
          if (!PARLIAMENT.equals(current)) {
            return OTHER;
          }
        }
      }
      return current;
    }

    /** The kind default, for a sentence outside any paragraph. */
    public String paperDefault() {
      return byKind;
    }
  }

  /**
   * The names that speak in a third party's sentence: a name just before a verb of reported speech
   * ("Malta uitte zorgen over ...") or just after it ("... uitte Malta zorgen"). They hold the
   * stance; they are not what it is about.
   *
   * @param mentions sentence-relative character spans [begin, end) of the names
   * @return the indexes into {@code mentions} of the speakers
   */
  public java.util.Set<Integer> speakers(Tokens t, List<int[]> mentions) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (int k = 0; k < Math.min(t.size, 40); k++) {
      Rule verb = at(reported, t, k);
      if (verb == null) {
        continue;
      }
      int after = k + verb.words().length;
      for (int m = 0; m < mentions.size(); m++) {
        int[] span = mentions.get(m);
        int first = tokenAt(t, span[0]);
        int last = tokenAt(t, span[1] - 1);
        if (first < 0 || last < 0) {
          continue;
        }
        if (last == k - 1 || first == after || (first == after + 1 && isArticle(t, after))) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static boolean isArticle(Tokens t, int k) {
    return k < t.size && (t.folded[k].equals("de") || t.folded[k].equals("het"));
  }

  /** The token covering character {@code c}, or -1. */
  private static int tokenAt(Tokens t, int c) {
    for (int k = 0; k < t.size; k++) {
      if (t.begin[k] <= c && c < t.end[k]) {
        return k;
      }
    }
    return -1;
  }

  private String subject(Tokens t) {
    Rule opening = at(openings, t, 0);
    if (opening != null) {
      return opening.holder();
    }
    for (int k = 0; k < Math.min(t.size, SUBJECT_REACH); k++) {
      Rule r = at(subjects, t, k);
      if (r != null) {
        return r.holder();
      }
    }
    return null;
  }

  private static boolean addressesGovernment(Tokens t) {
    for (int k = 0; k < t.size; k++) {
      if (ADDRESSEES.contains(t.folded[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumbering(String w) {
    return w.chars().allMatch(Character::isDigit) || w.matches("[ivx]{1,4}");
  }

  /** The longest rule matching at token k, or null. */
  private static Rule at(List<Rule> rules, Tokens t, int k) {
    Rule best = null;
    for (Rule r : rules) {
      String[] w = r.words();
      if (k + w.length > t.size) {
        continue;
      }
      boolean ok = true;
      for (int j = 0; j < w.length && ok; j++) {
        ok = t.folded[k + j].equals(w[j]);
      }
      if (ok && k + w.length < t.size && r.notFollowedBy().contains(t.folded[k + w.length])) {
        ok = false;
      }
      if (ok && (best == null || w.length > best.words().length)) {
        best = r;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "StanceHolders(%d kinds)", byKind.size());
  }
}
