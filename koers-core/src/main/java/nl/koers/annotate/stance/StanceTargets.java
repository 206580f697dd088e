package nl.koers.annotate.stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.koers.annotate.entity.Tokens;

/**
 * Finds what each cue of a sentence evaluates. Not every entity the sentence names: the sentence is
 * cut into clauses (at commas, semicolons, dashes, brackets and words such as {@code maar}, {@code
 * waarbij}, {@code die}, {@code dat}), coordinated names ("Japan en Zuid-Korea") form one group,
 * and each cue attaches by its {@link StanceLexicon.Attach} rule:
 *
 * <ul>
 *   <li>{@code AGENT}: only the agent of the act, the name just before the cue ("Russische
 *       agressie") or after {@code van}/{@code door} ("agressie van Rusland"); without one the cue
 *       evaluates no one ("ons schild tegen agressie", "hybride dreigingen bestrijden");
 *   <li>{@code PARTNER}: the group after {@code met}/{@code tussen} near the cue ("samen met de
 *       VS"), else as {@code NEAR};
 *   <li>{@code OBJECT}: the first group after the cue in its clause ("druk op Iran");
 *   <li>{@code NEAR}: the group closest to the cue in its clause, else in the sentence, else the
 *       paragraph's antecedent; a critical cue skips a name after {@code tegen} (the victim);
 *   <li>{@code DISTANCE}: as {@code NEAR}, but a sentence that names only the speakers' own side
 *       (Europe, the EU) is about the antecedent ("Dat tijdperk is definitief voorbij").
 * </ul>
 *
 * In a question (also an indirect one: "De leden vragen hoe ...") only critical and concerned cues
 * count: asking about cooperation or trust states no support. Stateless and thread-safe.
 */
public final class StanceTargets {
  /** A name in the sentence: a gazetteer id over sentence-relative chars, weak for the speakers. */
  public record Mention(String id, int begin, int end, boolean weak) {}

  /** What a target got from a sentence: the summed weight and the cues, as written. */
  public record Verdict(String target, double score, List<String> cues) {
    /** −1, 0 or +1: the score's sign once it passes {@link #THRESHOLD}. */
    public int polarity() {
      return StanceTargets.polarity(score);
    }
  }

  /** −1, 0 or +1: a score's sign once it passes {@link #THRESHOLD}. */
  public static int polarity(double score) {
    return score >= THRESHOLD ? 1 : score <= -THRESHOLD ? -1 : 0;
  }

  /** A summed weight smaller than this in size says nothing either way. */
  public static final double THRESHOLD = 0.15;

  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "maar",
          "terwijl",
          "waarbij",
          "waarmee",
          "waarin",
          "waardoor",
          "omdat",
          "zodat",
          "doch",
          "hoewel",
          "alhoewel",
          "die",
          "dat",
          "wat",
          "nadat",
          "zij",
          "doordat");

  private static final Pattern CLAUSE_MARKS = Pattern.compile("[,;:()\\u2013\\u2014]|\\s-\\s");

  /** What may stand between two names of one group: "Japan en Zuid-Korea", "de VS, Canada". */
  private static final Pattern GROUP_GAP =
      Pattern.compile("(?iu)[\\s,]*(?:(?:en|of|het|de|ook|zowel|als|evenals)[\\s,]+)*");

  private static final Set<String> PARTNER_WORDS = Set.of("met", "tussen");
  private static final Set<String> AGENT_AFTER = Set.of("van", "door", "vanuit");

  /** Words that cannot stand between an agent's adjective and its act. */
  private static final Set<String> NOT_BETWEEN =
      Set.of(
          "de", "het", "een", "deze", "die", "dit", "dat", "en", "of", "kan", "zal", "moet", "is",
          "zijn", "heeft", "hebben", "wil", "tegen", "voor", "op", "in", "met");

  /** How far past an object cue its name may stand (tokens). */
  static final int OBJECT_REACH = 8;

  /** Verbs that make their subject the agent of a threat: "Rusland vormt een dreiging". */
  private static final Set<String> COPULAS =
      Set.of("vormt", "vormen", "is", "zijn", "blijft", "blijven", "was", "waren");

  /** How far a cue looks for met/tussen, and past it for the partner's name (tokens). */
  static final int PARTNER_REACH = 8;

  /** Coordinated names; {@code weak} when all are weak (then the weak ids are the group). */
  private record Group(List<String> ids, int first, int end, boolean weak) {}

  /**
   * The verdict per target of one sentence.
   *
   * @param text the sentence
   * @param tokens its tokens (the indices of {@code fired})
   * @param mentions the names in it, in text order, sentence-relative
   * @param fired the cues that fired
   * @param antecedent the paragraph's most salient earlier target, or null
   */
  public Map<String, Verdict> find(
      String text,
      Tokens tokens,
      List<Mention> mentions,
      List<StanceScorer.Fired> fired,
      String antecedent) {
    boolean question = text.strip().endsWith("?") || indirectQuestion(tokens);
    int[] clause = clauses(text, tokens);
    List<Group> groups = groups(text, tokens, mentions);
    boolean onlyWeak = groups.stream().allMatch(Group::weak);
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, List<String>> cues = new LinkedHashMap<>();
    for (StanceScorer.Fired f : fired) {
      if (question && f.weight() > 0) {
        continue;
      }
      List<String> targets = attach(f, tokens, clause, groups, onlyWeak, antecedent);
      for (String id : targets) {
        sums.computeIfAbsent(id, k -> new double[1])[0] += f.weight();
        cues.computeIfAbsent(id, k -> new ArrayList<>()).add(f.text());
      }
    }
    Map<String, Verdict> out = new LinkedHashMap<>();
    sums.forEach(
        (id, s) -> {
          double score = Math.round(Math.max(-1, Math.min(1, s[0])) * 100) / 100.0;
          out.put(id, new Verdict(id, score, List.copyOf(cues.get(id))));
        });
    return out;
  }

  /** "De leden vragen of/hoe/welke ...": a question without its question mark. */
  static boolean indirectQuestion(Tokens t) {
    for (int k = 0; k < t.size; k++) {
      if (ASK.contains(t.folded[k])) {
        for (int j = k + 1; j < Math.min(t.size, k + 5); j++) {
          if (QUESTION_WORDS.contains(t.folded[j])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the name at token {@code k} follows "in" (an article between): a scene, no actor —
   * unless what happens there is a matter of human rights, which its government answers for.
   */
  private static boolean locative(Tokens t, int k) {
    int before = k - 1;
    if (before >= 0 && (t.folded[before].equals("de") || t.folded[before].equals("het"))) {
      before--;
    }
    // "de mensenrechtensituatie in China" judges who governs there; "de situatie in Soedan" not
    return before >= 1
        && t.folded[before].equals("in")
        && !t.folded[before - 1].contains("mensenrecht");
  }

  /** Prepositions that open a phrase of their own inside an object ("de inval in Irak"). */
  private static final Set<String> NESTING = Set.of("in", "op", "tegen", "naar", "tussen", "uit");

  /**
   * Whether the name at {@code name} sits in a phrase nested in the cue's object: support for "de
   * inval in Irak", "sancties tegen Rusland" or "de oppositie in Syrië" is no support for the
   * country named.
   */
  private static boolean nested(Tokens t, int from, int name) {
    for (int k = from; k < name; k++) {
      if (NESTING.contains(t.folded[k])) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ASK = Set.of("vragen", "vraagt", "vroegen", "vroeg");
  private static final Set<String> QUESTION_WORDS =
      Set.of("of", "hoe", "welke", "waarom", "wanneer", "wat", "hoeveel");

  private static List<String> attach(
      StanceScorer.Fired f,
      Tokens t,
      int[] clause,
      List<Group> groups,
      boolean onlyWeak,
      String antecedent) {
    if (f.cue().kind() == StanceLexicon.Kind.CONCERNED) {
      // a concern about a place, a plan or "Europe" is no verdict on them; nor is a concern about
      // what happens in a country ("de situatie in Soedan baart zorgen"): there it is the scene
      List<Group> actors = groups.stream().filter(g -> !locative(t, g.first())).toList();
      if (actors.isEmpty() && !groups.isEmpty()) {
        return List.of(); // only scenes named: the concern is about what happens there
      }
      groups = actors.stream().filter(g -> !g.weak()).toList();
      onlyWeak = false;
    }
    switch (f.cue().attach()) {
      case AGENT -> {
        Group g = agent(f, t, groups);
        return g == null ? List.of() : g.ids();
      }
      case OBJECT -> {
        for (Group g : groups) {
          if (g.first() >= f.end()
              && g.first() - f.end() <= OBJECT_REACH
              && clause[g.first()] == clause[Math.min(f.first(), clause.length - 1)]) {
            return f.weight() > 0 && nested(t, f.end(), g.first()) ? List.of() : g.ids();
          }
        }
        return List.of();
      }
      case PARTNER -> {
        Group g = partner(f, t, groups);
        if (g != null) {
          return g.ids();
        }
      }
      default -> {}
    }
    if (groups.isEmpty()
        || (onlyWeak && f.cue().attach() == StanceLexicon.Attach.DISTANCE && antecedent != null)) {
      return antecedent == null ? List.of() : List.of(antecedent);
    }
    Group best = null;
    int bestDistance = Integer.MAX_VALUE;
    int cueClause = clause[Math.min(f.first(), clause.length - 1)];
    for (boolean sameClause : new boolean[] {true, false}) {
      for (Group g : groups) {
        if (sameClause && !inClause(g, clause, cueClause)) {
          continue;
        }
        if (!onlyWeak && g.weak()) {
          continue;
        }
        // "de agressie tegen Georgië is onaanvaardbaar": the victim is not what is judged
        if (f.weight() < 0 && g.first() > 0 && t.folded[g.first() - 1].equals("tegen")) {
          continue;
        }
        int d = g.end() <= f.first() ? f.first() - g.end() : Math.max(0, g.first() - f.end());
        if (d < bestDistance) {
          best = g;
          bestDistance = d;
        }
      }
      if (best != null) {
        break;
      }
    }
    return best == null ? List.of() : best.ids();
  }

  private static boolean inClause(Group g, int[] clause, int c) {
    for (int k = g.first(); k < g.end() && k < clause.length; k++) {
      if (clause[k] == c) {
        return true;
      }
    }
    return false;
  }

  /** The name just before the cue (up to 2 words between) or after van/door. */
  private static Group agent(StanceScorer.Fired f, Tokens t, List<Group> groups) {
    for (Group g : groups) {
      // "Russische agressie", "Russische militaire agressie"; not "Oekraïne kan deze oorlog"
      if (g.end() <= f.first()
          && (f.first() == g.end()
              || (f.first() - g.end() == 1 && !NOT_BETWEEN.contains(t.folded[g.end()])))) {
        return g;
      }
    }
    int k = f.end();
    if (k < t.size && AGENT_AFTER.contains(t.folded[k])) {
      for (Group g : groups) {
        if (g.first() > k && g.first() - k <= 3) {
          return g;
        }
      }
    }
    // "X vormt een grote dreiging", "X blijft de grootste bedreiging"; never "schild tegen
    // agressie"
    for (int c = f.first() - 1; c >= Math.max(0, f.first() - 4); c--) {
      if (t.folded[c].equals("tegen")) {
        return null;
      }
      if (COPULAS.contains(t.folded[c])) {
        Group subject = null;
        for (Group g : groups) {
          if (g.end() <= c && c - g.end() <= 3) {
            subject = g;
          }
        }
        return subject;
      }
    }
    return null;
  }

  /** The group after the met/tussen nearest the cue. */
  private static Group partner(StanceScorer.Fired f, Tokens t, List<Group> groups) {
    int best = -1;
    for (int k = Math.max(0, f.first() - PARTNER_REACH);
        k < Math.min(t.size, f.end() + PARTNER_REACH);
        k++) {
      if (PARTNER_WORDS.contains(t.folded[k])
          && (best < 0 || Math.abs(k - f.first()) < Math.abs(best - f.first()))) {
        best = k;
      }
    }
    if (best < 0) {
      return null;
    }
    for (Group g : groups) {
      if (g.first() > best && g.first() - best <= 3) {
        return g;
      }
    }
    return null;
  }

  /** The clause number of each token. */
  private static int[] clauses(String text, Tokens t) {
    int[] out = new int[Math.max(1, t.size)];
    int c = 0;
    for (int k = 0; k < t.size; k++) {
      if (k > 0) {
        String gap = text.substring(t.end[k - 1], t.begin[k]);
        if (CLAUSE_MARKS.matcher(gap).find() || CLAUSE_WORDS.contains(t.folded[k])) {
          c++;
        }
      }
      out[k] = c;
    }
    return out;
  }

  /** Coordinated names as groups over token indices. */
  private static List<Group> groups(String text, Tokens t, List<Mention> mentions) {
    List<Group> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> weakIds = new ArrayList<>();
    int first = -1;
    int end = -1;
    int lastChar = -1;
    boolean weak = true;
    for (Mention m : mentions) {
      int mb = tokenAt(t, m.begin(), true);
      int me = tokenAt(t, m.end(), false);
      if (mb < 0 || me <= mb) {
        continue;
      }
      if (first >= 0
          && m.begin() >= lastChar
          && !GROUP_GAP.matcher(text.substring(lastChar, m.begin())).matches()) {
        out.add(group(ids, weakIds, first, end, weak));
        ids.clear();
        weakIds.clear();
        first = -1;
        weak = true;
      }
      if (first < 0) {
        first = mb;
      }
      List<String> into = m.weak() ? weakIds : ids;
      if (!into.contains(m.id())) {
        into.add(m.id());
      }
      end = Math.max(end, me);
      lastChar = Math.max(lastChar, m.end());
      weak &= m.weak();
    }
    if (first >= 0) {
      out.add(group(ids, weakIds, first, end, weak));
    }
    return out;
  }

  /** "de EU en de VS": the speakers' side and places drop out when a party is named beside them. */
  private static Group group(
      List<String> strong, List<String> weakIds, int first, int end, boolean weak) {
    return new Group(List.copyOf(weak ? weakIds : strong), first, end, weak);
  }

  /** The first token starting at or after {@code ch} (begin) or the token count up to it (end). */
  private static int tokenAt(Tokens t, int ch, boolean begin) {
    if (begin) {
      for (int k = 0; k < t.size; k++) {
        if (t.end[k] > ch) {
          return k;
        }
      }
      return -1;
    }
    int n = 0;
    while (n < t.size && t.begin[n] < ch) {
      n++;
    }
    return n;
  }
}
