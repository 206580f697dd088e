package nl.koers.annotate.commitment;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.document.AnnotationType;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;

/**
 * Marks sentences in which the government commits itself or says what it will do, as {@link
 * AnnotationType#COMMITMENT} spans over the sentence: value the action phrase, attributes {@code
 * actor} and {@code kind} — {@code will} (the cabinet will act: {@code Het kabinet zal zich
 * inzetten voor …}), {@code effort} (it works for something: {@code Nederland zet zich actief in
 * voor …}) or {@code inform} (parliament will be told: {@code Over de discussie binnen de Raad zult
 * u worden geïnformeerd}). What other governments or the Council will do is not a commitment: the
 * actor must be the Dutch government speaking.
 */
public final class CommitmentAnnotator implements Annotator {
  private static final String ACTOR =
      "(?<actor>(?:[Hh]et|[Dd]it) (?:Nederlandse )?kabinet|[Dd]e (?:Nederlandse )?regering|Nederland"
          + "|[Dd]e [Mm]inister(?:-[Pp]resident)?(?= (?:zal|zet|blijft|gaat|wil|spant|pleit|streeft))"
          + "|[Ii]k|[Ww]ij|[Ww]e)";

  /** Where the actor may stand: at the start of a clause, not as an object or inside a name. */
  private static final String CLAUSE_START =
      "(?:^|(?<=[,;:(–]\\s{0,2})|(?<=\\b(?:dat|en|maar|ook|want|zodat|omdat|waarbij|terwijl|wat) ))";

  private static final Pattern WILL =
      Pattern.compile(
          CLAUSE_START
              + ACTOR
              + "\\s+(?<modal>zal|zullen|gaat|gaan|wil|willen|blijft|blijven)\\b\\s+(?<rest>.+)",
          Pattern.DOTALL);

  /** Inversion after a fronted phrase: {@code Hierover zal het kabinet …}. */
  private static final Pattern WILL_INVERTED =
      Pattern.compile(
          "\\b(?<modal>zal|zullen|gaat|gaan|blijft|blijven)\\s+(?<actor>het (?:Nederlandse )?kabinet|de (?:Nederlandse )?regering|ik|wij|we)\\b\\s+(?<rest>.+)",
          Pattern.DOTALL);

  private static final Pattern EFFORT =
      Pattern.compile(
          CLAUSE_START
              + ACTOR
              + "\\s+(?<rest>(?:zet|zetten)\\s+(?:zich\\s+)?(?:\\p{L}+\\s+){0,3}?in\\b.+"
              + "|(?:spant|spannen)\\s+(?:zich|ons)\\s.+|(?:pleit|pleiten|streeft|streven|werkt|werken)\\s+(?:\\p{L}+\\s+){0,2}?(?:voor|naar|aan)\\b.+)",
          Pattern.DOTALL);
  private static final Pattern INFORM =
      Pattern.compile(
          "(?i)\\b(?:zult u|zal ik u|zal ik uw kamer|zal ik de kamer|wordt uw kamer|zal uw kamer|uw kamer zal|uw kamer wordt"
              + "|informeer ik u|informeer ik uw kamer|houd ik u|houd ik uw kamer|ontvangt uw kamer|zal het kabinet uw kamer"
              + "|zal de kamer|de kamer zal|wordt de kamer)\\b(?<rest>.{0,240}?\\b(?:informeren|geïnformeerd|geinformeerd|op de hoogte"
              + "|toesturen|toegestuurd|toezenden|toegezonden|ontvangen|berichten|rapporteren|(?:een )?brief))",
          Pattern.DOTALL);

  /** A sentence that opens with a condition states no commitment: "Als het amendement …". */
  private static final Pattern CONDITIONAL = Pattern.compile("\\s*(?:Als|Indien|Wanneer|Mocht)\\b");

  private static final Pattern THIS_PAPER =
      Pattern.compile(
          "(?i)\\b(?:(?:met|in|middels|via|bij) (?:deze|dit|onderhavige) (?:brief|verslag|nota|agenda|geannoteerde agenda|kamerbrief)|hierbij|hiermee)\\b");

  private static final int MAX_WORDS = 16;

  @Override
  public String name() {
    return "commitments";
  }

  @Override
  public Set<String> requires() {
    return Set.of("sentences");
  }

  @Override
  public Set<String> produces() {
    return Set.of("commitments");
  }

  @Override
  public void annotate(AnnotatedText t) {
    for (Segment s : t.segments(SegmentType.SENTENCE)) {
      String sentence = t.quote(s);
      if (sentence.length() > 2000) {
        continue; // a run-on "sentence" from a table or dump says nothing committal
      }
      if (CONDITIONAL.matcher(sentence).lookingAt()) {
        continue;
      }
      String lower = sentence.toLowerCase(Locale.ROOT);
      Matcher m;
      if (mayInform(lower) && (m = INFORM.matcher(sentence)).find()) {
        if (THIS_PAPER.matcher(sentence).find()) {
          continue; // "met deze brief informeer ik u" describes this paper, it promises nothing
        }
        add(t, s, "inform", actorOf(m.group()), sentence.substring(m.start()).strip());
      } else if (mayStrive(lower) && (m = EFFORT.matcher(sentence)).find()) {
        add(t, s, "effort", m.group("actor"), m.group("rest"));
      } else if (mayWill(lower)
          && ((m = WILL.matcher(sentence)).find()
              || (m = WILL_INVERTED.matcher(sentence)).find())) {
        if (!m.group("rest").strip().isEmpty() && !startsWithNoun(m.group("rest"))) {
          add(t, s, "will", m.group("actor"), m.group("modal") + " " + m.group("rest"));
        }
      }
    }
  }

  // Cheap word checks before the patterns: most sentences hold none of these words.
  private static boolean mayInform(String s) {
    return (s.contains("kamer") || s.contains(" u ") || s.startsWith("u "))
        && (s.contains("informe")
            || s.contains("geïnformeerd")
            || s.contains("hoogte")
            || s.contains("toe")
            || s.contains("ontvang")
            || s.contains("bericht")
            || s.contains("rapporte")
            || s.contains("brief"));
  }

  private static boolean mayStrive(String s) {
    return s.contains("zet")
        || s.contains("spant")
        || s.contains("spannen")
        || s.contains("pleit")
        || s.contains("stree")
        || s.contains("werk");
  }

  private static boolean mayWill(String s) {
    return s.contains("zal")
        || s.contains("zullen")
        || s.contains("gaat")
        || s.contains("gaan")
        || s.contains("wil")
        || s.contains("blijf")
        || s.contains("blijv");
  }

  /** "blijft een onmisbare partner" describes; "blijft zich inzetten" commits. */
  private static boolean startsWithNoun(String rest) {
    String r = rest.strip().toLowerCase(Locale.ROOT);
    return r.startsWith("een ")
        || r.startsWith("de ")
        || r.startsWith("het ")
        || r.startsWith("van ");
  }

  private static String actorOf(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT);
    return p.contains("kabinet")
        ? "het kabinet"
        : p.contains(" ik ") || p.startsWith("ik") || p.contains("ik u") ? "ik" : "de regering";
  }

  private static void add(AnnotatedText t, Segment s, String kind, String actor, String action) {
    t.add(
        AnnotationType.COMMITMENT,
        s.span().begin(),
        s.span().end(),
        shorten(action),
        Map.of("actor", actor.toLowerCase(Locale.ROOT), "kind", kind));
  }

  /** The action up to the clause's end, at most {@value #MAX_WORDS} words. */
  static String shorten(String action) {
    String a = action.strip().replaceAll("\\s+", " ");
    int stop = a.length();
    for (String end : new String[] {". ", "; ", ": "}) {
      int i = a.indexOf(end);
      if (i > 0 && i < stop) {
        stop = i;
      }
    }
    a = a.substring(0, stop).replaceAll("[.;:]$", "");
    String[] words = a.split(" ");
    if (words.length > MAX_WORDS) {
      a = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + " …";
    }
    return a;
  }
}
