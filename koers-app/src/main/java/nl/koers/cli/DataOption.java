package nl.koers.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option every command that touches an index shares. Default: {@code
 * $KOERS_DATA}, else {@code $XDG_DATA_HOME/koers}, else {@code ~/.local/share/koers}.
 */
final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "data folder holding the index (default: ${DEFAULT-VALUE})",
      defaultValue = "${env:KOERS_DATA:-${env:XDG_DATA_HOME:-${sys:user.home}/.local/share}/koers}")
  Path dir;
}
