package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import nl.koers.index.IndexRepair;
import nl.koers.index.PaperIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code koers check}: verify every byte of the index; {@code --fix} repairs after a backup. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check the index for damage (Lucene CheckIndex: every checksum, every segment).",
      "With --fix, copy the index folder to index.backup-<time> first, then drop the damaged",
      "segments; ingest your folders again to restore the papers they held.",
      "Exit code 0 when the index is sound (or was repaired), 1 when it is damaged."
    },
    footer = {"", "Examples:", "  koers check", "  koers check --fix --data /tmp/koers"})
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Option(names = "--fix", description = "repair: back up the index, then drop damaged segments")
  boolean fix;

  @Option(names = "--verbose", description = "print CheckIndex's full report")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    IndexRepair.Result r = new IndexRepair(Clock.systemDefaultZone()).run(data.dir, fix);
    if (verbose) {
      out.println(r.details());
    }
    String index = PaperIndex.indexPath(data.dir).toString();
    if (r.clean()) {
      out.println("The index in " + index + " is sound.");
      return 0;
    }
    if (!r.repairable()) {
      out.println("The index in " + index + " is damaged and cannot be repaired:");
      out.println("  " + firstLine(r.details()));
      out.println(
          "Move it away (mv " + index + " " + index + ".damaged) and ingest your papers again.");
      return 1;
    }
    out.printf(
        java.util.Locale.ROOT,
        "The index in %s is damaged: %d broken segment(s), %d entries (papers and passages) in"
            + " them.%n",
        index,
        r.brokenSegments(),
        r.lostDocs());
    if (!r.repaired()) {
      out.println("Run `koers check --fix` to repair it (a backup copy is made first).");
      return 1;
    }
    out.println("Backed up to " + r.backup() + ", then dropped the broken segment(s).");
    out.println("Ingest your folders again to restore the papers they held.");
    return 0;
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}
