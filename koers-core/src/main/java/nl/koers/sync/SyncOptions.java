package nl.koers.sync;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What to sync and how politely. Build with {@link #builder()}; every endpoint defaults to the
 * public one.
 *
 * @param sources which sources to ask
 * @param dossiers Kamerstuk dossiers in scope ({@code 21501-02}, {@code 28676}); empty: any
 * @param since only papers dated on or after this day; {@code null}: any date
 * @param kinds document kinds as the source names them: KOOP publication types ({@code Kamerstuk},
 *     {@code Aanhangsel van de Handelingen}) go to KOOP, any other value is a Tweede Kamer document
 *     {@code Soort} ({@code Brief regering}, {@code Motie}); empty: KOOP's Kamerstuk and
 *     Aanhangsel, every TK Soort
 * @param feedCategories SyncFeed entity categories whose records go into the TK store
 * @param rate requests a second, at most
 * @param maxBytes a file or page larger than this is refused (by Content-Length and by counting)
 * @param timeout connect and response-header timeout of one request
 * @param retries further attempts after a 429, a 5xx, a timeout or a broken connection
 * @param backoff first wait before a retry; doubles with each attempt
 * @param maxRetryWait a longer {@code Retry-After} fails the request instead of waiting
 * @param checkpointEvery the index is committed and the state saved after this many files
 */
public record SyncOptions(
    Set<Source> sources,
    List<String> dossiers,
    LocalDate since,
    List<String> kinds,
    List<String> feedCategories,
    URI tkFeedUrl,
    URI tkODataUrl,
    URI koopSruUrl,
    URI koopDocUrl,
    double rate,
    long maxBytes,
    Duration timeout,
    int retries,
    Duration backoff,
    Duration maxRetryWait,
    String userAgent,
    int checkpointEvery,
    int pageSize) {

  public static final URI TK_FEED =
      URI.create("https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed");
  public static final URI TK_ODATA =
      URI.create("https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/");
  public static final URI KOOP_SRU = URI.create("https://repository.overheid.nl/sru");
  public static final URI KOOP_DOC = URI.create("https://zoek.officielebekendmakingen.nl/");

  /** Names Koers, its version and where to read about it, as the sources ask of robots. */
  public static final String USER_AGENT = userAgent(System.getenv("KOERS_CONTACT"));

  /**
   * Names Koers and, when the user set {@code KOERS_CONTACT} (an e-mail address or URL), whom a
   * source's operators can reach about this client's traffic.
   */
  static String userAgent(String contact) {
    String base = "Koers/0.1.0 (open-source reader of foreign-policy papers";
    return contact == null || contact.isBlank() || !contact.strip().matches("[\\x21-\\x7e]{3,200}")
        ? base + ")"
        : base + "; +" + contact.strip() + ")";
  }

  /** KOOP's publication types that hold parliamentary papers. */
  public static final List<String> KOOP_KINDS =
      List.of("Kamerstuk", "Aanhangsel van de Handelingen");

  /** The sources Koers syncs from. */
  public enum Source {
    /** Tweede Kamer OData v4: Document records in scope and their files. */
    TK,
    /** Tweede Kamer SyncFeed: records of {@code feedCategories}, deletions included. */
    TK_FEED,
    /** officielebekendmakingen: SRU search, each hit's XML and metadata.xml. */
    KOOP;

    public static Source parse(String name) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      return switch (n) {
        case "tk" -> TK;
        case "tk-feed" -> TK_FEED;
        case "koop" -> KOOP;
        default ->
            throw new IllegalArgumentException(
                "unknown source \"" + name + "\"; valid: tk, tk-feed, koop");
      };
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public SyncOptions {
    sources =
        java.util.Collections.unmodifiableSet(
            sources.isEmpty() ? EnumSet.noneOf(Source.class) : EnumSet.copyOf(sources));
    dossiers = List.copyOf(dossiers);
    kinds = List.copyOf(kinds);
    feedCategories = List.copyOf(feedCategories);
    if (!(rate > 0)) {
      throw new IllegalArgumentException("--rate must be above 0");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("--max-bytes must be above 0");
    }
    for (String d : dossiers) {
      if (!d.matches("\\d{4,6}(-[0-9A-Za-z]+)?")) {
        throw new IllegalArgumentException(
            "dossier \"" + d + "\" is not a dossier number like 21501-02 or 28676");
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** KOOP publication types in scope. */
  List<String> koopKinds() {
    List<String> k = kinds.stream().filter(KoopSru::isKoopKind).toList();
    return k.isEmpty() ? KOOP_KINDS : k;
  }

  /** Tweede Kamer document Soorten in scope; empty: any. */
  List<String> tkKinds() {
    return kinds.stream().filter(k -> !KoopSru.isKoopKind(k)).toList();
  }

  /** Builds {@link SyncOptions}; unset values are the defaults documented in docs/sync.md. */
  public static final class Builder {
    private Set<Source> sources = EnumSet.of(Source.TK, Source.KOOP);
    private List<String> dossiers = List.of();
    private LocalDate since;
    private List<String> kinds = List.of();
    private List<String> feedCategories =
        List.of("Zaak", "Besluit", "Stemming", "Toezegging", "Kamerstukdossier");
    private URI tkFeedUrl = TK_FEED;
    private URI tkODataUrl = TK_ODATA;
    private URI koopSruUrl = KOOP_SRU;
    private URI koopDocUrl = KOOP_DOC;
    private double rate = 4;
    private long maxBytes = 64L * 1024 * 1024;
    private Duration timeout = Duration.ofSeconds(30);
    private int retries = 4;
    private Duration backoff = Duration.ofSeconds(1);
    private Duration maxRetryWait = Duration.ofMinutes(5);
    private String userAgent = USER_AGENT;
    private int checkpointEvery = 10;
    private int pageSize = 50;

    public Builder sources(Set<Source> v) {
      sources = v;
      return this;
    }

    public Builder dossiers(List<String> v) {
      dossiers = v;
      return this;
    }

    public Builder since(LocalDate v) {
      since = v;
      return this;
    }

    public Builder kinds(List<String> v) {
      kinds = v;
      return this;
    }

    public Builder feedCategories(List<String> v) {
      feedCategories = v;
      return this;
    }

    public Builder tkFeedUrl(URI v) {
      tkFeedUrl = v;
      return this;
    }

    public Builder tkODataUrl(URI v) {
      tkODataUrl = v;
      return this;
    }

    public Builder koopSruUrl(URI v) {
      koopSruUrl = v;
      return this;
    }

    public Builder koopDocUrl(URI v) {
      koopDocUrl = v;
      return this;
    }

    public Builder rate(double v) {
      rate = v;
      return this;
    }

    public Builder maxBytes(long v) {
      maxBytes = v;
      return this;
    }

    public Builder timeout(Duration v) {
      timeout = v;
      return this;
    }

    public Builder retries(int v) {
      retries = v;
      return this;
    }

    public Builder backoff(Duration v) {
      backoff = v;
      return this;
    }

    public Builder maxRetryWait(Duration v) {
      maxRetryWait = v;
      return this;
    }

    public Builder userAgent(String v) {
      userAgent = v;
      return this;
    }

    public Builder checkpointEvery(int v) {
      checkpointEvery = v;
      return this;
    }

    public Builder pageSize(int v) {
      pageSize = v;
      return this;
    }

    public SyncOptions build() {
      return new SyncOptions(
          sources,
          dossiers,
          since,
          kinds,
          feedCategories,
          tkFeedUrl,
          tkODataUrl,
          koopSruUrl,
          koopDocUrl,
          rate,
          maxBytes,
          timeout,
          retries,
          backoff,
          maxRetryWait,
          userAgent,
          Math.max(1, checkpointEvery),
          Math.max(1, pageSize));
    }
  }
}
