package nl.koers.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code koers} command: follows a government's foreign-policy course through its papers. */
@Command(
    name = "koers",
    mixinStandardHelpOptions = true,
    version = "koers 0.1.0",
    description = {
      "Koers reads foreign-policy papers (Kamerbrieven, Council reports, motions, answers) and",
      "answers what was said, decided, committed and asked, by whom and when."
    },
    footer = {
      "",
      "Examples:",
      "  koers ingest ../shared/corpus            index a folder of papers",
      "  koers search \"trans-Atlantische betrekkingen\"",
      "  koers show kst-21501-02-2976",
      "  koers sync --dossier 21501-02 --since 2024-01-01   fetch new papers from the sources",
      "  koers extract --jsonl paper.txt          facts as JSON, no index needed",
      "  koers eval --gold gold.jsonl --docs DIR  measure extraction accuracy"
    },
    subcommands = {
      IngestCommand.class,
      CheckCommand.class,
      ServeCommand.class,
      ImportCommand.class,
      SyncCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      EntitiesCommand.class,
      EntityCommand.class,
      FiguresCommand.class,
      CommitmentsCommand.class,
      TimelineCommand.class,
      CompareCommand.class,
      RefsCommand.class,
      GraphCommand.class,
      DossierCommand.class,
      WatchCommand.class,
      nl.koers.bench.BenchCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      EvalSearchCommand.class,
      EvalCourseCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KoersCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, with UTF-8 output whatever the platform default. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new KoersCommand());
    cl.setOut(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.registerConverter(java.time.LocalDate.class, ErrorMessages::date);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("koers: " + ErrorMessages.describe(e));
          return 2;
        });
    // a mistyped option value is one line and a pointer to help, not the whole usage text
    cl.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine c = e.getCommandLine();
          c.getErr().println("koers: " + e.getMessage());
          c.getErr().println("(see: " + c.getCommandSpec().qualifiedName() + " --help)");
          return 2;
        });
    return cl;
  }
}
