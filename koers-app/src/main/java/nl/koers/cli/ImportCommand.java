package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import nl.koers.engine.PaperEngine;
import nl.koers.index.PaperIndex;
import nl.koers.tk.TkLinks;
import nl.koers.tk.TkRecord;
import nl.koers.tk.TkRecordReader;
import nl.koers.tk.TkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koers import tk DIR}: Tweede Kamer open-data records a user downloaded. */
@Command(
    name = "import",
    description = "Import records from other sources into the data folder.",
    subcommands = {ImportCommand.Tk.class})
final class ImportCommand {
  @Command(
      name = "tk",
      mixinStandardHelpOptions = true,
      description = {
        "Import Tweede Kamer open data saved on disk: OData v4 JSON (files with @odata.context, or"
            + " named after their entity: Document.json, Zaak.json…) and SyncFeed Atom pages"
            + " (*.xml). Links documents to ingested papers by kst id, motions to their votes,"
            + " toezeggingen to commitments. No network is used; see docs/formats.md for how to"
            + " download the records."
      })
  static final class Tk implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin DataOption data = new DataOption();

    @Parameters(paramLabel = "DIR", description = "folder with the downloaded records")
    Path dir;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isDirectory(dir)) {
        spec.commandLine().getErr().println("koers: " + dir + " is not a folder");
        return 2;
      }
      List<TkRecord> records = new ArrayList<>();
      List<TkRecordReader.FileOutcome> outcomes = TkRecordReader.read(dir, records);
      TkStore store = TkStore.load(data.dir);
      store.putAll(records);
      store.save(data.dir);
      Map<String, Integer> byType = new TreeMap<>();
      records.forEach(r -> byType.merge(r.type(), 1, Integer::sum));
      out.printf(
          Locale.ROOT,
          "Imported %d record(s) from %d file(s) into %s: %s%n",
          records.size(),
          outcomes.size(),
          TkStore.path(data.dir),
          byType);
      int failed = 0;
      for (TkRecordReader.FileOutcome o : outcomes) {
        if (o.error() != null) {
          failed++;
          out.printf(Locale.ROOT, "  failed %s: %s%n", o.file(), o.error());
        }
      }
      TkLinks links = new TkLinks(store);
      int linked = 0;
      int votes = 0;
      if (!data.embedded() || Files.isDirectory(PaperIndex.indexPath(data.dir))) {
        try (PaperEngine searcher = data.open()) {
          for (TkLinks.PaperRecord p : links.papers().values()) {
            if (searcher.get(p.kstId()).isPresent()) {
              linked++;
            }
            if (p.vote() != null) {
              votes++;
            }
          }
        }
      }
      out.printf(
          Locale.ROOT,
          "Store holds %d record(s); %d Kamerstuk document(s), %d of them ingested papers;"
              + " %d motion vote(s); %d toezegging(en)%n",
          store.size(),
          links.papers().size(),
          linked,
          votes,
          links.commitments().size());
      out.flush();
      return failed > 0 ? 1 : 0;
    }
  }
}
