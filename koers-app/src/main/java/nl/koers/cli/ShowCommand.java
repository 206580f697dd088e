package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.koers.document.Annotation;
import nl.koers.document.Document;
import nl.koers.document.Json;
import nl.koers.document.PaperFacts;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;
import nl.koers.engine.PaperEngine;
import nl.koers.tk.TkLinks;
import nl.koers.tk.TkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koers show}: one paper's facts, text, segments and annotations with their quotes. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Show a paper: its facts, cleaned text, segments and every annotation with its quote.",
    footer = {
      "",
      "Examples:",
      "  koers show kst-21501-02-2976",
      "  koers show 001_68752d408e2ec76a --json"
    })
public final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Parameters(paramLabel = "ID", description = "the id search prints (a kst-id or a file-name id)")
  String id;

  @Option(names = "--json", description = "print the whole document as JSON")
  boolean json;

  @Option(names = "--no-text", description = "leave out the cleaned text")
  boolean noText;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (PaperEngine searcher = data.open()) {
      Optional<Document> found = searcher.get(id);
      if (found.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("koers: no paper with id \"" + id + "\" in " + data.dir);
        return 1;
      }
      Document d = found.get();
      TkLinks tkLinks = new TkLinks(TkStore.load(data.dir));
      if (json) {
        out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(d));
      } else {
        print(out, d, tkLinks);
      }
    }
    out.flush();
    return 0;
  }

  private static void disagree(PrintWriter out, String field, String source, String text) {
    if (!java.util.Objects.equals(source, text)) {
      row(out, "≠ " + field, "source says " + source + ", the text says " + text);
    }
  }

  private static String describe(TkLinks.PaperRecord p) {
    StringBuilder s = new StringBuilder(p.documentNumber() == null ? "?" : p.documentNumber());
    if (p.documentKind() != null) {
      s.append(" (").append(p.documentKind()).append(')');
    }
    if (p.caseNumber() != null) {
      s.append(", zaak ").append(p.caseNumber());
    }
    return s.toString();
  }

  private static String describe(TkLinks.Vote v) {
    return v.decision()
        + " ("
        + v.seatsFor()
        + " for: "
        + String.join(", ", v.partiesFor())
        + "; "
        + v.seatsAgainst()
        + " against: "
        + String.join(", ", v.partiesAgainst())
        + ")";
  }

  private void print(PrintWriter out, Document d, TkLinks tk) {
    PaperFacts f = d.facts();
    out.printf(java.util.Locale.ROOT, "%s%n", d.id());
    row(
        out,
        "source",
        SourcePaths.display(d.source())
            + " ("
            + d.format()
            + ", sha256 "
            + d.sha256().substring(0, 12)
            + "…)");
    row(out, "kst-id", f.id());
    row(
        out,
        "dossier",
        f.dossier() == null
            ? null
            : f.dossier() + (f.dossierTitle() == null ? "" : " — " + f.dossierTitle()));
    row(out, "number", f.number());
    row(out, "heading", f.heading());
    row(out, "kind", f.kind());
    row(out, "author role", f.authorRole());
    row(out, "date", f.date());
    row(out, "signatories", f.signatories().isEmpty() ? null : String.join("; ", f.signatories()));
    row(out, "cites", f.kamerstukRefs().isEmpty() ? null : String.join(", ", f.kamerstukRefs()));
    // The facts koers extract and show --json give, so the text output hides none of them.
    row(
        out,
        "meetings",
        f.meetings().isEmpty()
            ? null
            : String.join(
                "; ", f.meetings().stream().map(m -> m.body() + " " + m.date()).toList()));
    row(
        out,
        "motions",
        f.motions().isEmpty()
            ? null
            : String.join(
                "; ",
                f.motions().stream()
                    .map(
                        m ->
                            (m.member() == null ? "motie" : "motie " + m.member())
                                + (m.kst() == null ? "" : " (" + m.kst() + ")"))
                    .toList()));
    row(
        out,
        "answers",
        f.requests().isEmpty()
            ? null
            : String.join(
                "; ",
                f.requests().stream()
                    .map(r -> "verzoek " + r.member() + (r.date() == null ? "" : " " + r.date()))
                    .toList()));
    row(out, "other refs", f.otherRefs().isEmpty() ? null : String.join(", ", f.otherRefs()));
    tk.paper(d.id())
        .ifPresent(
            p -> {
              row(out, "tk document", describe(p));
              if (p.vote() != null) {
                row(out, "vote", describe(p.vote()));
              }
            });
    for (nl.koers.document.Motion m : f.motions()) {
      if (m.kst() != null) {
        tk.paper(m.kst())
            .filter(p -> p.vote() != null)
            .ifPresent(p -> row(out, "motion " + m.kst(), describe(p.vote())));
      }
    }
    for (Annotation a : d.annotations(nl.koers.document.AnnotationType.COMMITMENT)) {
      tk.commitmentFor(d.quote(a.span()))
          .ifPresent(
              c ->
                  row(
                      out,
                      "toezegging",
                      c.number()
                          + " "
                          + c.status()
                          + (c.dueDate() == null ? "" : ", due " + c.dueDate().substring(0, 10))
                          + ": «"
                          + d.quote(a.span()).strip()
                          + "»"));
    }
    for (String note : d.notes()) {
      row(out, "note", note);
    }
    if (d.textFacts() != null) {
      // the source's metadata overrode what the text says: show both
      PaperFacts t = d.textFacts();
      disagree(out, "kst-id", f.id(), t.id());
      disagree(out, "dossier", f.dossier(), t.dossier());
      disagree(out, "number", f.number(), t.number());
      disagree(out, "date", f.date(), t.date());
      disagree(out, "kind", f.kind(), t.kind());
      disagree(out, "dossier title", f.dossierTitle(), t.dossierTitle());
    }
    d.sourceMetadata().entrySet().stream()
        .filter(e -> !e.getKey().startsWith(nl.koers.read.SourceMetadata.RAW_PREFIX))
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> row(out, "source " + e.getKey(), e.getValue()));
    out.println();
    out.println("Annotations (type, value, quote):");
    for (Annotation a : d.annotations()) {
      String quote = d.quote(a.span()).replaceAll("\\s+", " ");
      if (quote.length() > 100) {
        quote = quote.substring(0, 97) + "…";
      }
      out.printf(
          java.util.Locale.ROOT,
          "  %-14s %-32s «%s» [%d,%d)%s%n",
          a.type().label(),
          a.value(),
          quote,
          a.span().begin(),
          a.span().end(),
          a.attributes().isEmpty() ? "" : " " + a.attributes());
    }
    out.println();
    out.println("Segments:");
    for (SegmentType t : SegmentType.values()) {
      long n = d.segments().stream().filter(s -> s.type() == t).count();
      if (n > 0) {
        out.printf(java.util.Locale.ROOT, "  %-13s %d%n", t.label(), n);
      }
    }
    for (Segment s : d.segments(SegmentType.FOOTNOTE)) {
      out.printf(
          java.util.Locale.ROOT,
          "  footnote %s: %s%n",
          s.label(),
          d.quote(s.span()).replaceAll("\\s+", " "));
    }
    for (Segment s : d.segments(SegmentType.PAGE_FOOTER)) {
      out.printf(java.util.Locale.ROOT, "  page footer: %s%n", d.quote(s.span()));
    }
    if (!noText) {
      out.println();
      out.println("Text:");
      out.println(d.text());
    }
  }

  private static void row(PrintWriter out, String label, String value) {
    if (value != null) {
      out.printf(java.util.Locale.ROOT, "  %-12s %s%n", label, value);
    }
  }
}
