package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.koers.document.Json;
import nl.koers.watch.Item;
import nl.koers.watch.Watch;
import nl.koers.watch.WatchRunner;
import nl.koers.watch.WatchStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koers watch add|list|show|rm|run}: standing searches that report new papers. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Follow a query, entity, topic, dossier, member or paper, and report the papers that enter",
      "the index after the watch was added: as lines or JSON, an e-mail digest, a signed webhook",
      "post, and an Atom feed at /v1/watches/NAME/feed.atom under koers serve. See docs/watch.md."
    },
    subcommands = {
      WatchCommand.Add.class,
      WatchCommand.ListWatches.class,
      WatchCommand.Show.class,
      WatchCommand.Remove.class,
      WatchCommand.Run.class
    })
final class WatchCommand {
  private WatchCommand() {}

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Add a watch. Papers already in the index are not news: only those ingested later are reported.",
      footer = {
        "",
        "Examples:",
        "  koers watch add --name navo --query NAVO",
        "  koers watch add --name oekraine --entity ukraine --kind brief --email me@example.org --every daily",
        "  koers watch add --name antwoorden --paper kst-21501-02-2976 --webhook https://example.org/hook"
      })
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data = new DataOption();

    @Option(
        names = "--name",
        required = true,
        description = "the watch's name (lower case, digits, - and _)")
    String name;

    @Option(names = "--query", description = "a search, as koers search takes it")
    String query;

    @Option(names = "--kind", description = "only papers of this kind (brief, verslag, motie, …)")
    String kind;

    @Option(names = "--dossier", description = "only papers of this dossier (21501-02)")
    String dossier;

    @Option(names = "--entity", description = "papers naming this entity (id, QID or name)")
    String entity;

    @Option(names = "--topic", description = "papers on this topic (id or label)")
    String topic;

    @Option(names = "--member", description = "papers a person signs, asks or moves (name)")
    String member;

    @Option(names = "--paper", description = "papers that cite or answer this paper (its id)")
    String paper;

    @Option(
        names = "--every",
        description = "e-mail digest frequency: run, daily, weekly (default: run)")
    String every;

    @Option(names = "--email", description = "send digests to this address")
    String email;

    @Option(names = "--webhook", description = "POST new papers as JSON to this URL")
    String webhook;

    @Mixin KnowledgeOption knowledge = new KnowledgeOption();

    @Override
    public Integer call() throws IOException {
      String entityId =
          entity == null
              ? null
              : nl.koers.analyse.Subjects.entityId(knowledge.gazetteer(data.dir), entity);
      String topicId =
          topic == null
              ? null
              : nl.koers.analyse.Subjects.topicId(knowledge.taxonomy(data.dir), topic);
      Watch w =
          new Watch(
              name,
              query,
              kind,
              dossier,
              entityId,
              topicId,
              member,
              paper,
              every,
              email,
              webhook,
              Clock.systemUTC().millis());
      new WatchStore(data.dir).add(w);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "watch %s follows %s; papers ingested from now on are reported by: koers watch run%n",
          w.name(),
          w.describe());
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches.")
  static final class ListWatches implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data = new DataOption();

    @Option(names = "--json", description = "one JSON object per watch")
    boolean json;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      for (WatchStore.Entry e : new WatchStore(data.dir).load()) {
        if (json) {
          out.println(Json.mapper().writeValueAsString(e.watch()));
        } else {
          out.printf(
              Locale.ROOT,
              "%-20s %s; %d reported, last run %s%s%n",
              e.watch().name(),
              e.watch().describe(),
              e.state().reported().size(),
              e.state().lastRun() == 0 ? "never" : Instant.ofEpochMilli(e.state().lastRun()),
              e.state().lastError() == null ? "" : "; last error: " + e.state().lastError());
        }
      }
      return 0;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a watch and its latest papers.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data = new DataOption();

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--json", description = "the watch and its state as JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
      WatchStore.Entry e =
          new WatchStore(data.dir)
              .get(name)
              .orElseThrow(() -> new IllegalArgumentException("no watch named \"" + name + "\""));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(e));
        return 0;
      }
      Watch w = e.watch();
      out.printf(Locale.ROOT, "%s: %s%n", w.name(), w.describe());
      out.printf(
          Locale.ROOT, "added %s, digest every %s%n", Instant.ofEpochMilli(w.created()), w.every());
      if (w.email() != null) {
        out.println("e-mail: " + w.email());
      }
      if (w.webhook() != null) {
        out.println("webhook: " + w.webhook());
      }
      if (e.state().lastError() != null) {
        out.println("last error: " + e.state().lastError());
      }
      for (Item i : e.state().latest()) {
        out.printf(
            Locale.ROOT,
            "  %s  %s  %s%n",
            i.id(),
            i.date() == null ? "undated" : i.date(),
            i.title());
      }
      return 0;
    }
  }

  @Command(
      name = "rm",
      mixinStandardHelpOptions = true,
      description = "Remove a watch and what it remembers.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data = new DataOption();

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws IOException {
      if (!new WatchStore(data.dir).remove(name)) {
        throw new IllegalArgumentException("no watch named \"" + name + "\"");
      }
      spec.commandLine().getOut().println("removed watch " + name);
      return 0;
    }
  }

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Report what is new for each watch since its last run, deliver it, and remember it.",
        "Quiet when nothing is new. Exit code 0: done; 1: a delivery failed (that watch's papers",
        "are tried again next run); 2: bad input; 3: another run holds the lock."
      },
      footer = {
        "",
        "Examples:",
        "  koers watch run",
        "  koers watch run --json",
        "  KOERS_SMTP_PASSWORD=… koers watch run --smtp-host smtp.example.org --smtp-user koers",
        "  */15 * * * *  koers watch run --data /srv/koers   (crontab)"
      })
  static final class Run implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data = new DataOption();
    @Mixin DeliveryOptions delivery = new DeliveryOptions();

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "run only this watch")
    String name;

    @Option(names = "--json", description = "one JSON object per new paper (watch, id, title, …)")
    boolean json;

    @Option(
        names = "--include-replaced",
        description = "report a paper again when a new version replaced the one reported")
    boolean includeReplaced;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<WatchRunner.Outcome> outcomes;
      try {
        outcomes =
            new WatchRunner(data.engine(), delivery.deliveries(), Clock.systemUTC())
                .run(new WatchRunner.Options(name, includeReplaced));
      } catch (WatchStore.BusyException e) {
        err.println("koers: " + e.getMessage());
        return 3;
      }
      int code = 0;
      for (WatchRunner.Outcome o : outcomes) {
        if (!o.ok()) {
          err.println("koers: watch " + o.watch() + ": " + o.error());
          code = 1;
          continue;
        }
        for (Item i : o.items()) {
          if (json) {
            out.println(Json.mapper().writeValueAsString(i));
          } else {
            out.printf(
                Locale.ROOT,
                "%s\t%s\t%s\t%s%n",
                o.watch(),
                i.id(),
                i.date() == null ? "undated" : i.date(),
                i.title());
          }
        }
      }
      out.flush();
      return code;
    }
  }
}
