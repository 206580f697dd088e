package nl.koers.cli;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nl.koers.sync.SyncOptions;
import picocli.CommandLine.Option;

/**
 * What to fetch and how politely: the options {@code koers sync} and {@code koers serve
 * --sync-every} share, so a server syncs exactly as the command would.
 */
final class SyncScope {
  @Option(
      names = "--source",
      paramLabel = "SOURCE",
      split = ",",
      description = "tk, tk-feed or koop (repeatable; default: tk,koop)")
  List<String> sources = new ArrayList<>(List.of("tk", "koop"));

  @Option(
      names = "--dossier",
      paramLabel = "NR",
      description = "Kamerstuk dossier in scope, e.g. 21501-02 or 28676 (repeatable)")
  List<String> dossiers = new ArrayList<>();

  @Option(names = "--since", paramLabel = "DATE", description = "only papers dated from DATE on")
  LocalDate since;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description =
          "document kind (repeatable): KOOP's Kamerstuk or \"Aanhangsel van de Handelingen\";"
              + " any other value is a TK Soort such as \"Brief regering\" or Motie")
  List<String> kinds = new ArrayList<>();

  @Option(
      names = "--feed-category",
      paramLabel = "TYPE",
      description =
          "SyncFeed entity for --source tk-feed (repeatable; default: Zaak, Besluit, Stemming,"
              + " Toezegging, Kamerstukdossier)")
  List<String> feedCategories = new ArrayList<>();

  @Option(
      names = "--all",
      description = "allow a sync without --dossier or --since (tk and koop then list everything)")
  boolean all;

  @Option(
      names = "--tk-url",
      paramLabel = "URL",
      description = "Tweede Kamer OData v4 endpoint (default: ${DEFAULT-VALUE})",
      defaultValue = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/")
  URI tkUrl;

  @Option(
      names = "--tk-feed-url",
      paramLabel = "URL",
      description = "Tweede Kamer SyncFeed endpoint (default: ${DEFAULT-VALUE})",
      defaultValue = "https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed")
  URI tkFeedUrl;

  @Option(
      names = "--koop-url",
      paramLabel = "URL",
      description = "KOOP SRU 2.0 endpoint (default: ${DEFAULT-VALUE})",
      defaultValue = "https://repository.overheid.nl/sru")
  URI koopUrl;

  @Option(
      names = "--koop-doc-url",
      paramLabel = "URL",
      description =
          "where a KOOP hit without item URLs is fetched: URL<id>.xml and URL<id>/metadata.xml"
              + " (default: ${DEFAULT-VALUE})",
      defaultValue = "https://zoek.officielebekendmakingen.nl/")
  URI koopDocUrl;

  @Option(
      names = "--rate",
      paramLabel = "N",
      description = "requests a second at most (default: ${DEFAULT-VALUE})",
      defaultValue = "4")
  double rate;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "refuse a file or page larger than N bytes (default: ${DEFAULT-VALUE})",
      defaultValue = "67108864")
  long maxBytes;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "connect and answer timeout per request (default: ${DEFAULT-VALUE})",
      defaultValue = "30")
  int timeoutSeconds;

  @Option(
      names = "--retries",
      paramLabel = "N",
      description =
          "further attempts after 429, 5xx, a timeout or a cut connection (default: ${DEFAULT-VALUE})",
      defaultValue = "4")
  int retries;

  /** Why these options may not run (no scope for a listing source), or null when they may. */
  String missingScope() {
    EnumSet<SyncOptions.Source> chosen = sources();
    boolean lists =
        chosen.contains(SyncOptions.Source.TK) || chosen.contains(SyncOptions.Source.KOOP);
    if (lists && dossiers.isEmpty() && since == null && !all) {
      return "give a scope (--dossier, --since) or --all: without one, tk and koop list"
          + " every paper they hold";
    }
    return null;
  }

  private EnumSet<SyncOptions.Source> sources() {
    EnumSet<SyncOptions.Source> chosen = EnumSet.noneOf(SyncOptions.Source.class);
    for (String s : sources) {
      chosen.add(SyncOptions.Source.parse(s));
    }
    return chosen;
  }

  SyncOptions options() {
    SyncOptions.Builder b =
        SyncOptions.builder()
            .sources(sources())
            .dossiers(dossiers)
            .since(since)
            .kinds(kinds)
            .tkODataUrl(tkUrl)
            .tkFeedUrl(tkFeedUrl)
            .koopSruUrl(koopUrl)
            .koopDocUrl(koopDocUrl)
            .rate(rate)
            .maxBytes(maxBytes)
            .timeout(Duration.ofSeconds(Math.max(1, timeoutSeconds)))
            .retries(Math.max(0, retries));
    if (!feedCategories.isEmpty()) {
      b.feedCategories(feedCategories);
    }
    return b.build();
  }
}
