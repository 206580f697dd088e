package nl.koers.analyse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;

/**
 * How a subject (an entity id, or {@code topic:<id>}) was discussed over time: per period the
 * papers and passages that concern it, the mean stance of the sentences about it that carry a cue,
 * and the strongest quotes each way; then {@link ShiftDetector} flags the periods that moved.
 */
public final class Timeline {
  /** A period's length. */
  public enum By {
    YEAR,
    QUARTER,
    MONTH
  }

  /** A sentence about the subject with its stance, and the paper it comes from. */
  public record Quote(
      String paper,
      String date,
      boolean dateInferred,
      double score,
      String label,
      String cues,
      String text) {}

  /** One period: {@code meanStance} is null when no sentence about the subject carries a cue. */
  public record Point(
      String period,
      int papers,
      int passages,
      int stanceSentences,
      Double meanStance,
      List<Quote> supportive,
      List<Quote> critical,
      List<Double> scores) {}

  /** The whole timeline, with the periods flagged as shifts. */
  public record Result(
      String subject, By by, List<Point> points, List<ShiftDetector.Shift> shifts) {
    /** One flat row per period, for CSV: the shifts of the period joined as text. */
    public List<Row> rows() {
      List<Row> rows = new java.util.ArrayList<>();
      for (Point p : points) {
        String shift =
            String.join(
                "; ",
                shifts.stream()
                    .filter(x -> x.period().equals(p.period()))
                    .map(x -> x.kind() + " " + x.direction())
                    .toList());
        rows.add(
            new Row(
                p.period(), p.papers(), p.passages(), p.stanceSentences(), p.meanStance(), shift));
      }
      return rows;
    }
  }

  /** A period as a table row. */
  public record Row(
      String period,
      int papers,
      int passages,
      int stanceSentences,
      Double meanStance,
      String shift) {}

  private static final int QUOTES = 3;

  /** Whose stance a timeline shows unless told otherwise: the government's own position. */
  public static final String DEFAULT_HOLDER = "government";

  /** The holder value that keeps every stance (government, parliament, council, other). */
  public static final String ANY_HOLDER = "any";

  private Timeline() {}

  /**
   * Builds the timeline from papers already filtered to the subject; undated papers are skipped.
   */
  public static Result of(List<Document> papers, String subject, By by) {
    return of(papers, subject, by, DEFAULT_HOLDER);
  }

  /**
   * As {@link #of(List, String, By)}, with the stance of one holder ({@link StanceFilter}), or of
   * all with {@link #ANY_HOLDER}.
   */
  public static Result of(List<Document> papers, String subject, By by, String holder) {
    Map<String, List<Document>> byPeriod = new TreeMap<>();
    for (Document d : papers) {
      PaperDate when = PaperDate.of(d);
      if (when.date() != null) {
        byPeriod.computeIfAbsent(period(when.date(), by), k -> new ArrayList<>()).add(d);
      }
    }
    List<Point> points = new ArrayList<>();
    for (Map.Entry<String, List<Document>> e : byPeriod.entrySet()) {
      points.add(point(e.getKey(), e.getValue(), subject, holder));
    }
    return new Result(subject, by, points, ShiftDetector.standard().detect(points));
  }

  private static Point point(String period, List<Document> papers, String subject, String holder) {
    int passages = 0;
    int paperCount = 0;
    List<Quote> quotes = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (Document d : papers) {
      int mentions = passagesAbout(d, subject);
      if (mentions == 0) {
        continue;
      }
      paperCount++;
      passages += mentions;
      PaperDate when = PaperDate.of(d);
      for (Annotation a : d.annotations(AnnotationType.STANCE)) {
        if (!StanceFilter.about(a, subject) || !StanceFilter.heldBy(a, holder)) {
          continue;
        }
        double score = Double.parseDouble(a.value());
        scores.add(score);
        quotes.add(
            new Quote(
                d.id(),
                when.date().toString(),
                when.inferred(),
                score,
                a.attribute("label"),
                a.attribute("cues"),
                d.quote(a.span()).replaceAll("\\s+", " ").strip()));
      }
    }
    Double mean =
        scores.isEmpty()
            ? null
            : Math.round(scores.stream().mapToDouble(x -> x).average().orElse(0) * 1000) / 1000.0;
    List<Quote> up =
        quotes.stream()
            .filter(q -> q.score() > 0)
            .sorted(Comparator.comparingDouble(Quote::score).reversed())
            .limit(QUOTES)
            .toList();
    List<Quote> down =
        quotes.stream()
            .filter(q -> q.score() < 0)
            .sorted(Comparator.comparingDouble(Quote::score))
            .limit(QUOTES)
            .toList();
    return new Point(
        period, paperCount, passages, scores.size(), mean, up, down, List.copyOf(scores));
  }

  /** Sentences naming an entity, or paragraphs carrying a topic. */
  static int passagesAbout(Document d, String subject) {
    int n = 0;
    if (subject.startsWith("topic:")) {
      String topic = subject.substring("topic:".length());
      for (Annotation a : d.annotations(AnnotationType.TOPIC)) {
        n += a.value().equals(topic) ? 1 : 0;
      }
      return n;
    }
    Set<Integer> sentences = new java.util.HashSet<>();
    for (Annotation a : d.annotations(AnnotationType.ENTITY)) {
      if (a.value().equals(subject)) {
        sentences.add(Quotes.sentenceAt(d, a.span().begin()).begin());
      }
    }
    return sentences.size();
  }

  static String period(LocalDate date, By by) {
    return switch (by) {
      case YEAR -> Integer.toString(date.getYear());
      case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
    };
  }
}
