package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.koers.analyse.Subjects;
import nl.koers.document.Json;
import nl.koers.engine.PaperEngine;
import nl.koers.search.SearchHit;
import nl.koers.search.SearchRequest;
import nl.koers.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koers search}: Dutch-aware full-text search over the index. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search papers: every word helps (best match first); Dutch stems, compounds split, names and",
      "synonyms expanded (NAVO = NATO), English queries translated. \"Quoted phrases\" are exact;",
      "AND/OR/NOT/-word, prefix*, kind:motie, dossier:21501-02 mean what they say.",
      "Each hit shows the paper id, date, kind, title and its best passage, matches marked «like this»."
    },
    footer = {
      "",
      "Examples:",
      "  koers search \"trans-Atlantische betrekkingen\"",
      "  koers search Piri --kind brief --from 2024-01-01",
      "  koers search 'sancties AND Rusland' --sort date --json",
      "  koers search defensie --entity VS --topic security-defence --facets",
      "  koers search '*' --entity nato --sort date",
      "  koers search sanctions against russia        # English: translated term by term",
      "  koers search --like kst-21501-02-2976        # papers like this one",
      "",
      "A date marked ~ was inferred from the text (the paper states none)."
    })
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "the query (words are joined)")
  List<String> words = new java.util.ArrayList<>();

  @Option(
      names = "--like",
      paramLabel = "ID",
      description = "papers like this one (more like this), instead of a query")
  String like;

  @Option(
      names = "--facet-limit",
      description = "values listed per facet, 0 for all (default: ${DEFAULT-VALUE})")
  int facetLimit = 12;

  @Option(
      names = "--kind",
      description = "only papers of this kind, e.g. brief, motie, verslag-raad")
  String kind;

  @Option(names = "--dossier", description = "only papers of this dossier, e.g. 21501-02")
  String dossier;

  @Option(names = "--from", description = "only papers dated on or after (YYYY-MM-DD)")
  LocalDate from;

  @Option(names = "--to", description = "only papers dated on or before (YYYY-MM-DD)")
  LocalDate to;

  @Option(names = "--sort", description = "relevance (default) or date")
  String sort = "relevance";

  @Option(
      names = {"-n", "--limit"},
      description = "hits per page (default: ${DEFAULT-VALUE})")
  int limit = 10;

  @Option(names = "--page", description = "page number, from 1 (default: ${DEFAULT-VALUE})")
  int page = 1;

  @Option(names = "--entity", description = "only papers mentioning this entity (id, QID or label)")
  String entity;

  @Option(names = "--topic", description = "only papers with this topic (id or label)")
  String topic;

  @Option(names = "--author", description = "only papers by this author role, as --facets lists")
  String author;

  @Option(
      names = "--facets",
      description = "also print counts per kind, year, author, entity, topic")
  boolean facets;

  @Mixin KnowledgeOption knowledge = new KnowledgeOption();

  @Option(names = "--json", description = "print the results as JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (like != null) {
      try (PaperEngine searcher = data.open()) {
        List<SearchHit> similar = searcher.similar(like, limit);
        if (json) {
          out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(similar));
        } else {
          out.printf(java.util.Locale.ROOT, "papers like %s:%n", like);
          int n = 0;
          for (SearchHit h : similar) {
            out.printf(
                java.util.Locale.ROOT,
                "%n%d. %s  %s  %s%n   %s%n",
                ++n,
                h.id(),
                h.date() == null ? "(undated)" : h.date(),
                h.kind() == null ? "" : h.kind(),
                h.title());
          }
        }
      }
      out.flush();
      return 0;
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("give a query, or --like ID");
    }
    SearchRequest.Sort order =
        switch (sort.toLowerCase(java.util.Locale.ROOT)) {
          case "relevance" -> SearchRequest.Sort.RELEVANCE;
          case "date" -> SearchRequest.Sort.DATE;
          default ->
              throw new IllegalArgumentException("--sort must be relevance or date, not " + sort);
        };
    SearchRequest request =
        new SearchRequest(
            String.join(" ", words),
            kind,
            dossier,
            from,
            to,
            order,
            (Math.max(1, page) - 1) * limit,
            limit,
            entity == null ? null : Subjects.entityId(knowledge.gazetteer(data.dir), entity),
            topic == null ? null : Subjects.topicId(knowledge.taxonomy(data.dir), topic),
            facets || json,
            author,
            facetLimit);
    try (PaperEngine searcher = data.open()) {
      SearchResults results = searcher.search(request);
      if (json) {
        out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
      } else {
        print(out, results);
        if (facets) {
          printFacets(out, results);
        }
      }
    }
    out.flush();
    return 0;
  }

  private static void printFacets(PrintWriter out, SearchResults r) {
    out.println();
    r.facets()
        .forEach(
            (field, counts) -> {
              if (counts.isEmpty()) {
                return;
              }
              StringBuilder line = new StringBuilder(field).append(':');
              counts.entrySet().stream()
                  .forEach(
                      e ->
                          line.append(' ')
                              .append(e.getKey())
                              .append(" (")
                              .append(e.getValue())
                              .append(')'));
              out.println(line);
            });
  }

  private void print(PrintWriter out, SearchResults r) {
    boolean ansi = System.console() != null && System.getenv("NO_COLOR") == null;
    out.printf(
        java.util.Locale.ROOT,
        "%d paper(s) match \"%s\" (%d ms)%n",
        r.totalPapers(),
        r.query(),
        r.tookMillis());
    if (r.notice() != null) {
      out.println("note: " + r.notice());
    }
    if (r.english()) {
      out.println("read as English: Dutch translations added");
    }
    if (!r.expandedTo().isEmpty()) {
      out.println("expanded: " + String.join("; ", r.expandedTo()));
    }
    for (String s : r.suggestions()) {
      out.println("try: " + s);
    }
    int n = (Math.max(1, page) - 1) * limit;
    for (SearchHit h : r.hits()) {
      out.println();
      out.printf(
          java.util.Locale.ROOT,
          "%d. %s  %s  %s%n",
          ++n,
          h.id(),
          h.date() == null ? "(undated)" : h.dateInferred() ? "~" + h.date() : h.date(),
          h.kind() == null ? "" : h.kind());
      out.printf(java.util.Locale.ROOT, "   %s%n", h.title());
      String passage = h.highlight() == null ? "" : h.highlight().replaceAll("\\s+", " ");
      if (ansi) {
        passage = passage.replace("«", "\u001b[1;33m").replace("»", "\u001b[0m");
      }
      out.printf(java.util.Locale.ROOT, "   %s%n", passage);
      out.printf(java.util.Locale.ROOT, "   %s%n", SourcePaths.display(h.source()));
    }
  }
}
