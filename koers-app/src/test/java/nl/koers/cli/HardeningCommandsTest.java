package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.koers.SharedCorpus;
import nl.koers.read.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a careless or unlucky user meets it: bad dates, no folder, damage. */
class HardeningCommandsTest {
  @Test
  void aBadDateIsOneLineNamingTheOptionAndTheFormat(@TempDir Path data) {
    Cli.Run run = Cli.run("search", "--data", data.toString(), "--from", "2024-13-01", "NAVO");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "koers: Invalid value for option '--from': '2024-13-01' is not a date; write it as"
                + " YYYY-MM-DD, e.g. 2024-03-01",
            "(see: koers search --help)");
  }

  @Test
  void aMissingDataFolderIsNamedAndNotCreated(@TempDir Path tmp) {
    Path missing = tmp.resolve("geen-map");
    for (String command : new String[] {"stats", "search", "entities", "serve"}) {
      Cli.Run run =
          switch (command) {
            case "search" -> Cli.run(command, "--data", missing.toString(), "NAVO");
            // port 0: were the check missing, the server would start rather than clash
            case "serve" -> Cli.run(command, "--data", missing.toString(), "--port", "0");
            default -> Cli.run(command, "--data", missing.toString());
          };
      assertThat(run.exit()).as(command).isEqualTo(2);
      assertThat(run.err()).as(command).contains(missing + ": no such data folder");
      assertThat(missing).doesNotExist();
    }
  }

  @Test
  void checkFindsFlippedBytesIngestRefusesThemAndFixRepairsAfterABackup(@TempDir Path tmp)
      throws Exception {
    String data = tmp.resolve("data").toString();
    assertThat(Cli.run("ingest", "--data", data, SharedCorpus.seed("002").toString()).exit())
        .isZero();
    Cli.Run sound = Cli.run("check", "--data", data);
    assertThat(sound.out()).contains("is sound");
    assertThat(sound.exit()).isZero();

    Path cfs;
    try (Stream<Path> s = Files.list(tmp.resolve("data").resolve("index"))) {
      cfs = s.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(cfs.toFile(), "rw")) {
      f.seek(f.length() / 2);
      f.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    Cli.Run ingest = Cli.run("ingest", "--data", data, SharedCorpus.seed("003").toString());
    assertThat(ingest.exit()).isEqualTo(2);
    assertThat(ingest.err()).contains("is damaged").contains("koers check --fix --data " + data);

    Cli.Run damaged = Cli.run("check", "--data", data);
    assertThat(damaged.exit()).isEqualTo(1);
    assertThat(damaged.out()).contains("1 broken segment(s)").contains("koers check --fix");
    Cli.Run fixed = Cli.run("check", "--fix", "--data", data);
    assertThat(fixed.exit()).as(fixed.out() + fixed.err()).isZero();
    assertThat(fixed.out())
        .contains("Backed up to " + tmp.resolve("data").resolve("index.backup-"));
    assertThat(Cli.run("check", "--data", data).out()).contains("is sound");
    assertThat(Cli.run("ingest", "--data", data, SharedCorpus.seed("003").toString()).exit())
        .isZero();
  }

  @Test
  void oneKamerstukAsTextAndWordIsOnePaperAndIngestingTheFolderAgainChangesNothing(
      @TempDir Path tmp) throws Exception {
    Fixtures fixtures = new Fixtures();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("a-verslag.docx"), fixtures.docx());
    Files.writeString(in.resolve("b-verslag.txt"), fixtures.text(), StandardCharsets.UTF_8);
    String data = tmp.resolve("data").toString();

    Cli.Run first = Cli.run("ingest", "--data", data, in.toString());
    assertThat(first.out())
        .contains("1 indexed, 0 replaced, 0 unchanged, 1 same paper as another file, 0 unsupported")
        .contains(
            "  same_paper "
                + in.resolve("b-verslag.txt")
                + ": same paper as "
                + in.resolve("a-verslag.docx")
                + "; keeping that one: docx is a richer format than text");
    Cli.Run second = Cli.run("ingest", "--data", data, in.toString());
    assertThat(second.out()).contains("0 indexed, 0 replaced, 2 unchanged, 0 unsupported");
    assertThat(Cli.run("stats", "--data", data).out()).startsWith("1 papers,");
  }

  @Test
  void theDemoKeepsItsFictionalPapersOutOfTheUsersDataFolder() {
    DemoCommand demo = new DemoCommand();
    new CommandLine(demo).parseArgs();
    DataOption users = new DataOption();
    new CommandLine(
            new Object() {
              @CommandLine.Mixin DataOption data = users;
            })
        .parseArgs();
    assertThat(demo.dataDir.getFileName().toString()).isEqualTo("koers-demo");
    assertThat(demo.dataDir).isNotEqualTo(users.dir);
  }

  @Test
  void theServeTokenComesFromAFileSoPsDoesNotShowIt(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("token"), "  s3cret-token \nsecond line\n");
    assertThat(ServeCommand.token("from-flag", file)).isEqualTo("s3cret-token");
    assertThat(ServeCommand.token("from-flag", null)).isEqualTo("from-flag");
    Path empty = Files.writeString(tmp.resolve("empty"), "\n");
    assertThatThrownBy(() -> ServeCommand.token(null, empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is empty");
  }

  @Test
  void sourcesArePrintedRelativeToTheWorkingFolderOrHome() {
    Path work = Path.of("/srv/werk");
    Path home = Path.of("/home/anna");
    assertThat(SourcePaths.display("/srv/werk/brieven/a.txt", work, home))
        .isEqualTo("brieven/a.txt");
    assertThat(SourcePaths.display("/home/anna/stukken/b.pdf", work, home))
        .isEqualTo("~/stukken/b.pdf");
    assertThat(SourcePaths.display("/tmp/c.txt", work, home)).isEqualTo("/tmp/c.txt");
    assertThat(SourcePaths.display("upload.docx", work, home)).isEqualTo("upload.docx");
  }

  @Test
  void aPermissionErrorSaysWhatCouldNotBeAccessedAndWhy() {
    assertThat(ErrorMessages.describe(new AccessDeniedException("/data/koers/index")))
        .isEqualTo(
            "permission denied: cannot read or write /data/koers/index; the user running Koers"
                + " needs access to it (check: ls -ld /data/koers/index)");
    assertThat(
            ErrorMessages.describe(
                new java.nio.file.FileSystemException(
                    "/data/koers/index/_0.cfs", null, "Read-only file system")))
        .isEqualTo("cannot write /data/koers/index/_0.cfs: the file system is read-only");
  }
}
