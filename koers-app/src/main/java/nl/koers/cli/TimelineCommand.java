package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.koers.analyse.ShiftDetector;
import nl.koers.analyse.Subjects;
import nl.koers.analyse.Timeline;
import nl.koers.document.Json;
import nl.koers.engine.PaperEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koers timeline SUBJECT}: how the course on a subject moved, with the quotes. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Follow a subject over time: papers and passages per period, mean stance, strongest quotes",
      "each way, and the periods where stance or salience shifted (see docs/analysis.md)."
    },
    footer = {
      "",
      "Examples:",
      "  koers timeline VS",
      "  koers timeline Q7184 --by quarter --from 2020-01-01",
      "  koers timeline topic:security-defence --csv"
    })
public final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();
  @Mixin KnowledgeOption knowledge = new KnowledgeOption();

  @Parameters(
      paramLabel = "SUBJECT",
      description = "entity id, QID or label; or topic:<id> / a topic label")
  String subject;

  @Option(names = "--by", description = "year (default), quarter or month")
  String by = "year";

  @Option(names = "--from", description = "papers dated on or after (YYYY-MM-DD)")
  LocalDate from;

  @Option(names = "--to", description = "papers dated on or before (YYYY-MM-DD)")
  LocalDate to;

  @Option(names = "--kind", description = "only papers of this kind")
  String kind;

  @Option(
      names = "--holder",
      description =
          "whose stance: government (default, the government's own position), parliament,"
              + " council, other or any")
  String holder = Timeline.DEFAULT_HOLDER;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Option(names = "--csv", description = "print one CSV row per period")
  boolean csv;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    String id = resolve();
    Timeline.By period = Timeline.By.valueOf(by.toUpperCase(Locale.ROOT));
    Timeline.Result r;
    try (PaperEngine s = data.open()) {
      boolean topic = id.startsWith("topic:");
      r =
          Timeline.of(
              s.papers(topic ? null : id, topic ? id.substring(6) : null, kind, from, to),
              id,
              period,
              Holders.check(holder));
    }
    if (json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
    } else if (csv) {
      TableOutput.csv(out, Timeline.Row.class, r.rows());
    } else {
      print(out, r);
    }
    out.flush();
    return 0;
  }

  private String resolve() throws IOException {
    return Subjects.subjectId(knowledge.gazetteer(data.dir), knowledge.taxonomy(data.dir), subject);
  }

  private static void print(PrintWriter out, Timeline.Result r) {
    out.printf(Locale.ROOT, "%s by %s%n", r.subject(), r.by().name().toLowerCase(Locale.ROOT));
    out.println("interval: " + r.interval());
    out.println("shifts:   " + r.shiftTest());
    String previousEnd = null;
    for (Timeline.Point p : r.points()) {
      out.println();
      if (previousEnd != null
          && !LocalDate.parse(previousEnd).plusDays(1).equals(LocalDate.parse(p.start()))) {
        out.printf(
            Locale.ROOT, "  … no papers %s to %s …%n%n", nextDay(previousEnd), before(p.start()));
      }
      previousEnd = p.end();
      out.printf(
          Locale.ROOT,
          "%-8s %3d paper(s) %4d passage(s)  stance %s%s  (%d sentence(s) from %d paper(s))%n",
          p.period(),
          p.papers(),
          p.passages(),
          p.meanStance() == null ? "   –" : String.format(Locale.ROOT, "%+.2f", p.meanStance()),
          p.ciLow() == null
              ? ""
              : String.format(Locale.ROOT, " [95%% CI %+.2f … %+.2f]", p.ciLow(), p.ciHigh()),
          p.stanceSentences(),
          p.stancePapers());
      // The quotes that carry the period's score first, then the strongest the other way.
      p.evidence().stream().limit(2).forEach(q -> quote(out, q.score() > 0 ? "+" : "−", q));
      (p.meanStance() != null && p.meanStance() > 0 ? p.critical() : p.supportive())
          .stream().limit(1).forEach(q -> quote(out, q.score() > 0 ? "+" : "−", q));
      for (ShiftDetector.Shift s : r.shifts()) {
        if (s.period().equals(p.period())) {
          out.printf(
              Locale.ROOT,
              "  ⚑ %s shift: %s (%.2f → %.2f; %s %.2f, p = %.4f; %d vs %d from %d vs %d paper(s))%n",
              s.kind(),
              s.direction(),
              s.before(),
              s.after(),
              s.test(),
              s.statistic(),
              s.p(),
              s.nBefore(),
              s.nAfter(),
              s.papersBefore(),
              s.papersAfter());
        }
      }
    }
  }

  private static String nextDay(String iso) {
    return LocalDate.parse(iso).plusDays(1).toString();
  }

  private static String before(String iso) {
    return LocalDate.parse(iso).minusDays(1).toString();
  }

  private static void quote(PrintWriter out, String sign, Timeline.Quote q) {
    out.printf(
        Locale.ROOT,
        "  %s %+.2f %s %s%s: “%s” [%s]%n",
        sign,
        q.score(),
        q.paper(),
        q.dateInferred() ? "~" : "",
        q.date(),
        q.text().length() > 220 ? q.text().substring(0, 217) + "…" : q.text(),
        q.cues());
  }
}
