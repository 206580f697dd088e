package nl.koers.annotate.commitment;

import java.util.HashMap;
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
 * Marks sentences in which the government commits itself to a future act, as {@link
 * AnnotationType#COMMITMENT} spans over the sentence. The value is the action — the verb phrase
 * from the trigger to the clause's end, at most {@value #MAX_WORDS} words — and the attributes are
 * {@code actor} (normalised: {@code kabinet}, {@code regering}, {@code minister van Buitenlandse
 * Zaken} …, see {@link CommitmentActor}), {@code kind} ({@code will}, {@code continue}, {@code
 * intent}, {@code promise}, {@code inform}, {@code plan}), {@code due} (as printed, e.g. {@code
 * voor de zomer}) and {@code conditional} ({@code Indien …, zal het kabinet …}).
 *
 * <p>Not commitments: refusals and negations, necessity ({@code zal … moeten}), questions, past and
 * present reports, sentences about the paper itself, other actors' plans ({@code De Commissie zal
 * …}), and anything in motions, questions and committee text except a recorded promise ({@code De
 * minister zegt toe …}). Cues and words live in documented data files ({@link CommitmentCues}).
 * Every quantifier is bounded and sentences over {@value #MAX_SENTENCE} characters are skipped, so
 * the time is linear in the text.
 */
public final class CommitmentAnnotator implements Annotator {
  private static final int MAX_WORDS = 16;
  private static final int MAX_SENTENCE = 1500;

  /** Where the actor may stand: at the start of a clause, not as an object or inside a name. */
  private static final String CLAUSE_START =
      "(?:^[•·*–-]?\\s{0,2}|(?<=[,;:(–]\\s{0,2})|(?<=\\b(?:dat|en|maar|ook|want|zodat|omdat|waarbij"
          + "|terwijl|wat|Ja\\.|Nee\\.|Dan|dan) )"
          // a sentence the splitter left joined to the previous one: "… gebieden.1 De Minister …"
          + "|(?<=\\p{Ll}[.!]\\d{0,2}\\s{1,2}))";

  private static final String WILL_WORDS = "zal|zullen|zult|ga|gaat|gaan|blijf|blijft|blijven";

  private static final Set<String> WILL_WORD_SET = Set.of(WILL_WORDS.split("\\|"));

  private static final Set<String> PROMISE_WORDS = Set.of("zegt", "zeggen", "zeg");

  /** The verbs of {@link #SENDS}, so that pattern is tried only where one stands. */
  private static final Set<String> SEND_WORDS =
      Set.of(
          "stuurt",
          "stuur",
          "sturen",
          "zendt",
          "zend",
          "zenden",
          "informeert",
          "informeer",
          "informeren",
          "biedt",
          "bied",
          "bieden");

  private static final Pattern WILL =
      Pattern.compile(
          CLAUSE_START + CommitmentCues.ACTOR + "\\s{1,3}(?<trig>" + WILL_WORDS + ")\\s(?<rest>.+)",
          Pattern.DOTALL);

  /** Inversion after a fronted phrase or a condition: {@code Hierover zal het kabinet …}. */
  private static final Pattern WILL_INVERTED =
      Pattern.compile(
          "(?<![\\p{L}])(?<trig>zal|zullen|zult|gaat|gaan|blijft|blijven)\\s{1,3}"
              + CommitmentCues.ACTOR
              + "\\s(?<rest>.+)",
          Pattern.DOTALL);

  private static final Pattern[] WILL_PATTERNS = {WILL, WILL_INVERTED};

  /**
   * A second verb of the same government subject: "Het kabinet ziet … en blijft … onderstrepen".
   */
  private static final Pattern COORDINATED =
      Pattern.compile(
          "(?<![\\p{L}])en\\s{1,3}(?<trig>zal|zullen|blijft|blijven|gaat|gaan)\\s(?<rest>.+)",
          Pattern.DOTALL);

  private static final Pattern SUBJECT_FIRST =
      Pattern.compile("^" + CommitmentCues.ACTOR + "\\s{1,3}\\p{Ll}");

  private static final Pattern INTENT =
      Pattern.compile(
          CLAUSE_START
              + CommitmentCues.ACTOR
              + "\\s{1,3}(?:is|ben|zijn)\\s(?<mid>(?:\\p{L}{1,20}\\s){0,2}?)(?<trig>voornemens|bereid|van plan)"
              + "(?<rest>.*)",
          Pattern.DOTALL);

  private static final Pattern PROMISE =
      Pattern.compile(
          CLAUSE_START
              + CommitmentCues.ACTOR
              + "\\s{1,3}(?<trig>zegt|zeggen|zeg)\\s(?:(?i:de|uw)\\s(?i:kamer)\\s|u\\s)?toe\\b(?<rest>.*)",
          Pattern.DOTALL);

  /**
   * The Kamer will be told: "Over de discussie zult u worden geïnformeerd", "Uw Kamer zal …
   * ontvangen".
   */
  private static final Pattern INFORM =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?<trig>zult u|zal uw kamer|zal de kamer|uw kamer zal|de kamer zal)(?![\\p{L}])"
              + "(?<rest>.{0,240}?(?<![\\p{L}])(?:informeren|geïnformeerd|geinformeerd|op de hoogte"
              + "|toegezonden|toegestuurd|ontvangen|gedeeld|verstrekt|brief))",
          Pattern.DOTALL);

  /**
   * Documents will reach parliament: "deze zullen … met het Nederlandse parlement worden gedeeld".
   */
  private static final Pattern SHARED =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?<trig>zal|zullen)(?![\\p{L}])(?<rest>.{0,200}?(?:het (?:nederlandse )?parlement"
              + "|de staten-generaal|uw kamer|de kamer).{0,80}?worden\\s(?:gedeeld|toegezonden|verstrekt"
              + "|toegestuurd|aangeboden))",
          Pattern.DOTALL);

  /**
   * Present tense with a future moment: "In Q1 2026 ontvangt uw Kamer …", "Eind 2025 benadert
   * Defensie …".
   */
  private static final Pattern PLAN =
      Pattern.compile(
          "^(?<due>"
              + CommitmentCues.DUE
              + ")\\s{1,3}(?<trig>\\p{Ll}{3,20})\\s{1,3}(?:"
              + CommitmentCues.ACTOR
              + "|(?<kamer>(?i:uw kamer|de kamer)))(?<rest>.*)",
          Pattern.DOTALL);

  /**
   * A present tense that sends something to parliament at a moment to come: "De minister van
   * Defensie stuurt de Kamer in het voorjaar een brief", "Ik informeer uw Kamer voor de zomer".
   */
  private static final Pattern SENDS =
      Pattern.compile(
          "^"
              + CommitmentCues.ACTOR
              + "\\s{1,3}(?<trig>"
              + String.join("|", SEND_WORDS)
              + ")\\s(?<rest>[^.;:?]{0,200})",
          Pattern.DOTALL);

  /** An agentless future of a government act: "Daarbij zal … het gesprek worden voortgezet". */
  private static final Pattern PASSIVE =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?<trig>zal|zullen)(?![\\p{L}])(?<rest>[^.;:?]{0,160}?\\sworden\\s(?:"
              + CommitmentCues.PASSIVE_ACTIONS
              + "))(?![\\p{L}])");

  /**
   * A conditional promise in the present tense: "Mocht de situatie verslechteren, dan trekt het
   * kabinet …".
   */
  private static final Pattern CONDITIONAL_PRESENT =
      Pattern.compile(
          "^(?:Indien|Mocht|Wanneer|Zodra|Als)\\s[^,;]{3,200},\\s(?:dan\\s)?(?<trig>\\p{Ll}{3,20})\\s"
              + CommitmentCues.ACTOR
              + "\\s(?<rest>.+)",
          Pattern.DOTALL);

  /**
   * Present forms that report a state, not an act: "Als …, is het kabinet bereid" is read
   * elsewhere.
   */
  private static final Set<String> STATE_VERBS =
      Set.of(
          "is", "zijn", "heeft", "hebben", "wordt", "worden", "kan", "kunnen", "moet", "moeten",
          "zal", "zullen", "blijft", "gaat", "ziet", "acht", "vindt");

  private static final Pattern CONDITION =
      Pattern.compile("^\\s*(?:Indien|Als|Mocht|Wanneer|Zodra|Mits|Tenzij|Zonodig|Zo nodig)\\b");

  private static final Pattern GA_NOT_FUTURE =
      Pattern.compile(
          "(?i)^(?:\\p{L}+\\s){0,3}?(?:in op|uit van|over\\b|om\\b|akkoord|door met|gepaard|mis\\b)");

  private static final Pattern INFINITIVE =
      Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{Ll}ë-]{0,30}(?:en|ën|aan)(?![\\p{L}])");
  private static final Set<String> NOT_INFINITIVES =
      Set.of(
          "een", "tegen", "tussen", "binnen", "buiten", "boven", "beneden", "sinds", "even", "open",
          "zeven", "negen", "tien", "alleen", "hen", "wegen", "zaken", "ogen");

  private static final Pattern OWN_CLAUSE = Pattern.compile("[,;:]|\\s(?:dat|die|om|omdat|wat)\\s");

  /** A parenthetical phrase: "blijft zich, in lijn met het regeerakkoord, inzetten voor …". */
  private static final Pattern INSERTION =
      Pattern.compile(
          ",\\s(?:in|op|met|zoals|conform|gelet|mede|net als|samen met|ook)\\b[^,;:]{0,100},");

  private static final Pattern MET_MINISTER =
      Pattern.compile("(?<![\\p{L}])met\\s(?<actor>" + CommitmentCues.MINISTER + ")");

  private static final Pattern DETERMINER_START =
      Pattern.compile("^(?i:de|het|een|deze|dit|die|dat|zijn|haar|hun)\\s");

  @Override
  public String name() {
    return "commitments";
  }

  @Override
  public Set<String> requires() {
    return Set.of("sentences", "kind", "author-role", "date");
  }

  @Override
  public Set<String> produces() {
    return Set.of("commitments");
  }

  @Override
  public void annotate(AnnotatedText t) {
    boolean government = CommitmentActor.governmentSpeaks(t.value(AnnotationType.KIND));
    String authorRole = t.value(AnnotationType.AUTHOR_ROLE);
    if (authorRole == null) {
      // a committee report names the minister it met: "overleg gevoerd met de minister van …"
      Matcher met = MET_MINISTER.matcher(t.text()).region(0, Math.min(t.text().length(), 3000));
      authorRole = met.find() ? CommitmentActor.normalise(met.group("actor"), null) : null;
    }
    String date = t.value(AnnotationType.DATE);
    int paperYear =
        date != null && date.matches("\\d{4}-.*") ? Integer.parseInt(date.substring(0, 4)) : -1;
    for (Segment s : t.segments(SegmentType.SENTENCE)) {
      String raw = t.quote(s);
      if (raw.length() > MAX_SENTENCE) {
        continue; // a run-on "sentence" from a table or dump says nothing committal
      }
      String sentence = raw.replaceAll("\\s+", " ").strip();
      Found f = find(sentence, government, paperYear);
      if (f == null) {
        continue;
      }
      Map<String, String> attributes = new HashMap<>();
      attributes.put(
          "actor",
          f.kamer && f.actor.isEmpty()
              ? CommitmentActor.signatory(authorRole)
              : CommitmentActor.normalise(f.actor, authorRole));
      attributes.put("kind", f.kind);
      Matcher due = CommitmentCues.DUE_PATTERN.matcher(sentence);
      if (due.find()) {
        attributes.put("due", due.group());
      }
      if (CONDITION.matcher(sentence).lookingAt()) {
        attributes.put("conditional", "true");
      }
      t.add(
          AnnotationType.COMMITMENT,
          s.span().begin(),
          s.span().end(),
          shorten(f.action),
          attributes);
    }
  }

  /**
   * A commitment found in a sentence: who, which kind, what. {@code kamer}: parliament is told; the
   * actor is the author unless the sentence names one.
   */
  private record Found(String actor, String kind, String action, boolean kamer) {}

  /** The commitment a sentence states, or null. */
  static Found find(String sentence, boolean government, int paperYear) {
    if (sentence.endsWith("?") || sentence.isEmpty()) {
      return null;
    }
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (CommitmentCues.has("reported", lower)) {
      return null;
    }
    // The patterns below scan every position of the sentence with look-behinds and the long actor
    // alternation: the hottest code of ingest (issue 19). Each is tried only when the words it
    // needs are there; a pattern's trigger word stands between non-letters, so it is one of the
    // sentence's letter runs. The same results, found sooner.
    Set<String> words = letterRuns(lower);
    Matcher m = PROMISE.matcher(sentence);
    if (hasAny(words, PROMISE_WORDS) && m.find() && !negated(m.group("rest"))) {
      return new Found(m.group("actor"), "promise", m.group("rest"), false);
    }
    if (!government || CommitmentCues.has("this-paper", lower)) {
      return null;
    }
    boolean due = CommitmentCues.DUE_PATTERN.matcher(sentence).find();
    if (!due && CommitmentCues.has("this-paper-verb", lower)) {
      return null; // "Het kabinet zal ingaan op de actuele situatie": what this letter covers
    }
    if ((sentence.contains("voornemens")
            || sentence.contains("bereid")
            || sentence.contains("van plan"))
        && (m = INTENT.matcher(sentence)).find()
        // "is niet van plan", "is geenszins bereid": a refusal, not an intent
        && !CommitmentCues.has("negation", m.group("mid").toLowerCase(Locale.ROOT))
        && committing(m.group("rest"), false)) {
      return new Found(m.group("actor"), "intent", m.group("rest"), false);
    }
    if ((m = INFORM.matcher(sentence)).find() && !negated(m.group("rest"))) {
      // "Het kabinet zal de Kamer … informeren": the subject before the verb informs
      Matcher subject = SUBJECT_FIRST.matcher(sentence);
      String actor = subject.find() && subject.end() <= m.start() + 1 ? subject.group("actor") : "";
      return new Found(actor, "inform", m.group("trig") + m.group("rest"), true);
    }
    if (hasAny(words, SEND_WORDS)
        && (m = SENDS.matcher(sentence)).find()
        && (m.group("rest").toLowerCase(Locale.ROOT).contains("kamer")
            || m.group("rest").startsWith("u "))
        && !negated(m.group("rest"))) {
      Matcher when = CommitmentCues.DUE_PATTERN.matcher(m.group("rest"));
      if (when.find() && future(when.group(), paperYear)) {
        return new Found(m.group("actor"), "inform", m.group("trig") + " " + m.group("rest"), true);
      }
    }
    if ((m = PLAN.matcher(sentence)).find() && future(m.group("due"), paperYear)) {
      boolean kamer = m.group("kamer") != null;
      return new Found(
          kamer ? "" : m.group("actor"),
          kamer ? "inform" : "plan",
          m.group("trig") + m.group("rest"),
          kamer);
    }
    for (Pattern p : hasAny(words, WILL_WORD_SET) ? WILL_PATTERNS : new Pattern[0]) {
      m = p.matcher(sentence);
      while (m.find()) {
        if (p == WILL_INVERTED && !inversionAllowed(sentence, m.start())) {
          continue;
        }
        Found f = will(m.group("actor"), m.group("trig"), m.group("rest"));
        if (f != null) {
          return f;
        }
      }
    }
    Matcher subject = SUBJECT_FIRST.matcher(sentence);
    if (subject.find() && (m = COORDINATED.matcher(sentence)).find(subject.end())) {
      Found f = will(subject.group("actor"), m.group("trig"), m.group("rest"));
      if (f != null) {
        return f;
      }
    }
    if ((m = CONDITIONAL_PRESENT.matcher(sentence)).find()
        && !STATE_VERBS.contains(m.group("trig"))
        && committing(m.group("rest"), false)) {
      return new Found(m.group("actor"), "will", m.group("trig") + " " + m.group("rest"), false);
    }
    if ((m = SHARED.matcher(sentence)).find() && !negated(m.group("rest"))) {
      return new Found("", "inform", m.group("trig") + " " + m.group("rest").strip(), true);
    }
    if ((m = PASSIVE.matcher(sentence)).find() && committing(m.group("rest"), false)) {
      return new Found("de regering", "will", m.group("trig") + m.group("rest"), false);
    }
    return null;
  }

  /** The maximal runs of letters ({@code \\p{L}}) of a text: its words, as a pattern sees them. */
  static Set<String> letterRuns(String text) {
    Set<String> out = new java.util.HashSet<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  private static boolean hasAny(Set<String> words, Set<String> wanted) {
    for (String w : wanted) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Found will(String actor, String trig, String rest) {
    String t = trig.toLowerCase(Locale.ROOT);
    boolean ga = t.startsWith("ga");
    boolean blijf = t.startsWith("blijf");
    if (ga && GA_NOT_FUTURE.matcher(rest).find()) {
      return null; // "gaat in op", "gaat uit van": no future
    }
    String verbScope = rest;
    if (blijf) {
      String first = rest.strip().split("[\\s,]", 2)[0].toLowerCase(Locale.ROOT);
      if (CommitmentCues.exclusions("not-continuation").contains(first)) {
        return null; // "blijft van mening", "blijft bezorgd over"
      }
      // "blijft een onmisbare partner" describes, "blijft de Kamer periodiek rapporteren" commits:
      // the infinitive must stand in blijft's own clause, before "dat", "die" or "om"
      verbScope = OWN_CLAUSE.split(INSERTION.matcher(rest).replaceAll(" "), 2)[0];
    }
    if (!committing(verbScope, true)) {
      return null;
    }
    return new Found(actor, blijf ? "continue" : "will", trig + " " + rest, false);
  }

  /** No negation or modality in the committing clause and, if asked, an infinitive after it. */
  private static boolean committing(String rest, boolean needsVerb) {
    if (negated(rest)) {
      return false;
    }
    String clause = firstClause(rest).toLowerCase(Locale.ROOT);
    for (String modal : CommitmentCues.exclusions("modality")) {
      if (CommitmentCues.has("modality", clause) && clause.contains(modal)) {
        return false;
      }
    }
    if (!needsVerb) {
      return true;
    }
    Matcher v = INFINITIVE.matcher(rest.length() > 400 ? rest.substring(0, 400) : rest);
    while (v.find()) {
      if (!NOT_INFINITIVES.contains(v.group())) {
        return true;
      }
    }
    return false;
  }

  private static boolean negated(String rest) {
    String clause = firstClause(rest).toLowerCase(Locale.ROOT);
    return CommitmentCues.has("negation", clause) && !CommitmentCues.has("not-negation", clause);
  }

  /** The committing clause: up to the first comma, semicolon or colon (at most 200 characters). */
  private static String firstClause(String rest) {
    int end = Math.min(rest.length(), 200);
    for (int i = 0; i < end; i++) {
      char c = rest.charAt(i);
      if ((c == ',' || c == ';' || c == ':') && i > 0) {
        return rest.substring(0, i);
      }
    }
    return rest.substring(0, end);
  }

  /**
   * "De Raad zal de minister …" is the Council's act: an inversion needs an adverbial before it.
   */
  private static boolean inversionAllowed(String sentence, int trigger) {
    int clauseStart = 0;
    for (int i = trigger - 1; i >= 0; i--) {
      char c = sentence.charAt(i);
      if (c == ',' || c == ';' || c == ':') {
        clauseStart = i + 1;
        break;
      }
    }
    String before = sentence.substring(clauseStart, trigger).strip();
    return before.isEmpty() || !DETERMINER_START.matcher(before + " ").find();
  }

  /** A due moment naming a year is in the future when that year is not before the paper's. */
  private static boolean future(String due, int paperYear) {
    Matcher y = Pattern.compile("(?:19|20)\\d{2}").matcher(due);
    return paperYear < 0 || !y.find() || Integer.parseInt(y.group()) >= paperYear;
  }

  /**
   * The action up to the clause's end (a comma after at least three words ends it, a parenthetical
   * "…, zoals …, …" is left out), at most {@value #MAX_WORDS} words.
   */
  static String shorten(String action) {
    String a = INSERTION.matcher(action.strip().replaceAll("\\s+", " ")).replaceAll("");
    int stop = a.length();
    int comma = a.indexOf(", ");
    if (comma > 0 && a.substring(0, comma).split(" ").length >= 3) {
      stop = comma;
    }
    for (String end : new String[] {". ", "; ", ": "}) {
      int i = a.indexOf(end);
      if (i > 0 && i < stop) {
        stop = i;
      }
    }
    a = a.substring(0, stop).replaceAll("[.;:,]$", "");
    String[] words = a.split(" ");
    if (words.length > MAX_WORDS) {
      a = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + " …";
    }
    return a;
  }
}
