package nl.koers.annotate.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.annotate.entity.Tokens;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;

/**
 * Gives each sentence with stance cues one {@link AnnotationType#STANCE} per target it evaluates:
 * value the target's score in [-1, 1]; attributes {@code holder} (whose position: government,
 * parliament, council, other; see {@link StanceHolders}), {@code target} (a gazetteer id; see
 * {@link StanceTargets}), {@code polarity} (−1, 0, +1), {@code label} (supportive, critical,
 * concerned, neutral), {@code cues} (what fired, with weights) and {@code subjects} (the target,
 * and on the sentence's first annotation the topics of its paragraph, for topic timelines). A
 * sentence with cues but no target gets one annotation with an empty target when its paragraph has
 * topics. A sentence that names no one is about the paragraph's antecedent: the target named most
 * often in the paragraph so far ("Europa heeft zich te lang verlaten op de Amerikaanse
 * veiligheidsparaplu. Dat tijdperk is definitief voorbij."). Sentences longer than {@value
 * #MAX_SENTENCE} chars are skipped (bounded time on tables and run-on text).
 */
public final class StanceAnnotator implements Annotator {
  /**
   * The Dutch and European perspective the papers speak from: a target only when the sentence names
   * no one else ("Het kabinet heeft vertrouwen in de kracht van de EU").
   */
  static final Set<String> SPEAKERS = Set.of("europe", "eu");

  /** Never a target: the speaker itself, its parliament, the Council speaking in its own text. */
  static final Set<String> NEVER =
      Set.of("netherlands", "house-of-representatives-nl", "council-of-the-eu");

  /**
   * Entity types that are targets only when a sentence names no party: places, plans and people
   * ("de regering Biden" is the United States; "de NSS" is the US government's).
   */
  static final Set<String> WEAK_TYPES =
      Set.of("region", "agreement", "instrument", "policy", "person");

  static final int MAX_SENTENCE = 3000;

  /**
   * At most this many stance annotations per paper. A real paper has dozens to a few hundred (seed
   * 004, 21,000 characters: about 60); a 50 MB line repeating one sentence would otherwise make
   * hundreds of thousands and exhaust memory when indexed (PaperIndexTest's bad input).
   */
  static final int MAX_PER_PAPER = 5000;

  private final StanceScorer scorer;
  private final StanceHolders holders;
  private final StanceTargets targets = new StanceTargets();
  private final ImplicitTargets implicit;

  public StanceAnnotator(StanceLexicon lexicon) {
    this(lexicon, StanceHolders.standard(), ImplicitTargets.standard());
  }

  StanceAnnotator(StanceLexicon lexicon, StanceHolders holders, ImplicitTargets implicit) {
    this.scorer = new StanceScorer(lexicon);
    this.holders = holders;
    this.implicit = implicit;
  }

  public StanceAnnotator() {
    this(StanceLexicon.standard());
  }

  @Override
  public String name() {
    return "stance";
  }

  @Override
  public Set<String> requires() {
    return Set.of("entities", "topics", "kind");
  }

  @Override
  public Set<String> produces() {
    return Set.of("stance");
  }

  @Override
  public void annotate(AnnotatedText t) {
    List<Annotation> entities = sorted(t.annotations(AnnotationType.ENTITY));
    Map<Integer, List<String>> topicsByParagraph = new HashMap<>();
    for (Annotation topic : t.annotations(AnnotationType.TOPIC)) {
      topicsByParagraph
          .computeIfAbsent(topic.span().begin(), k -> new ArrayList<>())
          .add(topic.value());
    }
    List<Segment> blocks =
        t.segments().stream()
            .filter(
                p ->
                    p.type() == SegmentType.PARAGRAPH
                        || p.type() == SegmentType.NUMBERED_POINT
                        || p.type() == SegmentType.HEADING)
            .sorted(Comparator.comparingInt(p -> p.span().begin()))
            .toList();
    StanceHolders.Reader holder = holders.reader(t.value(AnnotationType.KIND));
    Map<String, int[]> said = new LinkedHashMap<>();
    Segment block = null;
    int e = 0;
    int p = 0;
    int order = 0;
    int made = 0;
    for (Segment s : t.segments(SegmentType.SENTENCE)) {
      if (made >= MAX_PER_PAPER) {
        break;
      }
      int b = s.span().begin();
      int end = s.span().end();
      while (p < blocks.size() && blocks.get(p).span().begin() <= b) {
        Segment next = blocks.get(p++);
        holder.paragraph(t.quote(next));
        if (next.span().end() > b) {
          block = next;
          said.clear();
        }
      }
      while (e < entities.size() && entities.get(e).span().begin() < b) {
        e++;
      }
      if (end - b > MAX_SENTENCE) {
        continue;
      }
      String text = t.quote(s);
      Tokens tokens = Tokens.of(text);
      List<StanceTargets.Mention> mentions = new ArrayList<>();
      for (int k = e; k < entities.size() && entities.get(k).span().begin() < end; k++) {
        Annotation a = entities.get(k);
        String id = a.value();
        String written = a.span().of(t.text());
        if (NEVER.contains(id)
            || id.startsWith("member-")
            || a.span().end() > end
            // "Europese producten", "Europees belang": the adjective names no party
            || (SPEAKERS.contains(id) && written.matches("Europe(se|es|an)"))) {
          continue;
        }
        mentions.add(
            new StanceTargets.Mention(
                id,
                a.span().begin() - b,
                a.span().end() - b,
                SPEAKERS.contains(id) || WEAK_TYPES.contains(a.attribute("type"))));
      }
      mentions.addAll(implicit.find(tokens));
      mentions.sort(Comparator.comparingInt(StanceTargets.Mention::begin));
      StanceScorer.Score score = scorer.score(tokens);
      String who = holder.sentence(text);
      if (!score.fired().isEmpty()) {
        Map<String, StanceTargets.Verdict> verdicts =
            targets.find(
                text, tokens, evaluated(who, tokens, mentions), score.fired(), antecedent(said));
        List<String> topics =
            block == null
                ? List.of()
                : topicsByParagraph.getOrDefault(block.span().begin(), List.of());
        boolean first = true;
        for (StanceTargets.Verdict v : verdicts.values()) {
          List<String> subjects = new ArrayList<>();
          subjects.add(v.target());
          if (first) {
            topics.forEach(x -> subjects.add("topic:" + x));
          }
          add(
              t,
              b,
              end,
              v.score(),
              v.polarity(),
              score.label(),
              who,
              v.target(),
              v.cues(),
              subjects);
          first = false;
          made++;
        }
        if (verdicts.isEmpty() && !topics.isEmpty()) {
          List<String> subjects = topics.stream().map(x -> "topic:" + x).toList();
          int polarity = StanceTargets.polarity(score.score());
          add(t, b, end, score.score(), polarity, score.label(), who, "", score.cues(), subjects);
          made++;
        }
      }
      for (StanceTargets.Mention m : mentions) {
        if (!m.weak()) {
          int[] c = said.computeIfAbsent(m.id(), k -> new int[2]);
          c[0]++;
          c[1] = ++order;
        }
      }
    }
  }

  /**
   * The names a sentence's cues may be about: all, except in a third party's sentence the party
   * that speaks ("Malta uitte zorgen over Israël" is Malta's concern about Israel).
   */
  private List<StanceTargets.Mention> evaluated(
      String who, Tokens tokens, List<StanceTargets.Mention> mentions) {
    if (!StanceHolders.OTHER.equals(who) || mentions.isEmpty()) {
      return mentions;
    }
    List<int[]> spans = mentions.stream().map(m -> new int[] {m.begin(), m.end()}).toList();
    java.util.Set<Integer> speakers = holders.speakers(tokens, spans);
    if (speakers.isEmpty()) {
      return mentions;
    }
    List<StanceTargets.Mention> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (!speakers.contains(i)) {
        out.add(mentions.get(i));
      }
    }
    return out;
  }

  private static void add(
      AnnotatedText t,
      int b,
      int end,
      double score,
      int polarity,
      String sentenceLabel,
      String holder,
      String target,
      List<String> cues,
      List<String> subjects) {
    String label =
        polarity > 0
            ? "supportive"
            : polarity < 0
                ? "concerned".equals(sentenceLabel) ? "concerned" : "critical"
                : "neutral";
    t.add(
        AnnotationType.STANCE,
        b,
        end,
        Double.toString(score),
        Map.of(
            "label",
            label,
            "cues",
            String.join(", ", cues),
            "subjects",
            String.join(",", subjects),
            "holder",
            holder,
            "target",
            target,
            "polarity",
            Integer.toString(polarity)));
  }

  /** The target named most often in the paragraph so far; ties go to the latest. */
  private static String antecedent(Map<String, int[]> said) {
    String best = null;
    int[] bestCount = null;
    for (Map.Entry<String, int[]> x : said.entrySet()) {
      int[] c = x.getValue();
      if (bestCount == null
          || c[0] > bestCount[0]
          || (c[0] == bestCount[0] && c[1] > bestCount[1])) {
        best = x.getKey();
        bestCount = c;
      }
    }
    return best;
  }

  private static List<Annotation> sorted(List<Annotation> list) {
    List<Annotation> out = new ArrayList<>(list);
    out.sort(Comparator.comparingInt(a -> a.span().begin()));
    return out;
  }
}
