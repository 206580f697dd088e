package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.koers.analyse.EntityMentions;
import nl.koers.analyse.Subjects;
import nl.koers.annotate.entity.Entity;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.document.Json;
import nl.koers.engine.PaperEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koers entity ID}: an entity's labels and the papers and quotes that mention it. */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description =
        "Show an entity: its labels, and every paper that mentions it by date, with quotes.",
    footer = {
      "",
      "Examples:",
      "  koers entity VS",
      "  koers entity Q7184 --quotes 1",
      "  koers entity member-piri --json"
    })
public final class EntityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();
  @Mixin KnowledgeOption knowledge = new KnowledgeOption();

  @Parameters(paramLabel = "ID", description = "an entity id, Wikidata QID or label")
  String key;

  @Option(names = "--quotes", description = "quotes per paper (default: ${DEFAULT-VALUE})")
  int quotes = 3;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Gazetteer g = knowledge.gazetteer(data.dir);
    String id = Subjects.entityId(g, key);
    Entity e = g.byId(id).orElse(null);
    List<EntityMentions.Paper> papers;
    try (PaperEngine s = data.open()) {
      papers = EntityMentions.of(s.papers(id, null, null, null, null), id);
    }
    if (json) {
      var root = Json.mapper().createObjectNode();
      root.put("id", id);
      root.set("entity", Json.mapper().valueToTree(e));
      root.set("papers", Json.mapper().valueToTree(papers));
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
      out.flush();
      return 0;
    }
    if (e != null) {
      out.printf(
          Locale.ROOT, "%s  (%s%s)%n", e.label(), e.type(), e.qid() == null ? "" : ", " + e.qid());
      if (e.description() != null) {
        out.println(e.description());
      }
      out.println("labels: " + String.join(", ", e.labels()));
    } else {
      out.println(id + "  (member of parliament, from motions and requests)");
    }
    out.printf(Locale.ROOT, "%d paper(s)%n", papers.size());
    for (EntityMentions.Paper p : papers) {
      out.println();
      out.printf(
          Locale.ROOT,
          "%s  %s  %d mention(s) as %s%n   %s%n",
          p.date() == null ? "(undated)" : (p.dateInferred() ? "~" : "") + p.date(),
          p.paper(),
          p.mentions(),
          String.join(", ", p.forms()),
          p.title());
      p.quotes().stream().limit(quotes).forEach(q -> out.println("   “" + q + "”"));
    }
    out.flush();
    return 0;
  }
}
