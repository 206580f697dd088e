package nl.koers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a paper is published officially, computed from its id so stored papers need no new field:
 * the officielebekendmakingen.nl page of a publication id ({@code kst-21501-02-2976}, {@code
 * ah-tk-20242025-123}, {@code kv-tk-2020Z17361}) and the tweedekamer.nl page of a Tweede Kamer
 * document number ({@code 2024D12345}, also as the id {@code tk-2024D12345}).
 */
public final class OfficialLinks {
  /** A link to a paper's page on an official site. */
  public record Link(String site, String url) {}

  /** The publication series officielebekendmakingen.nl serves at {@code /<id>.html}. */
  private static final Pattern PUBLICATION =
      Pattern.compile("(?:kst|ah-tk|ah-ek|h-tk|h-ek|kv-tk|kv-ek|blg|stcrt|stb|trb)-[0-9A-Za-z-]+");

  /** A document number of the Tweede Kamer's records: year, D, five or more digits. */
  private static final Pattern TK_DOCUMENT = Pattern.compile("(?:19|20)\\d\\dD\\d{5,}");

  static final String OBK = "https://zoek.officielebekendmakingen.nl/";

  // the form the Kamer's own pages link documents by (seen on tweedekamer.nl, e.g. kamervragen
  // detail?did=2025D04328&id=2025D04328); without the section the site still finds the document
  static final String TK = "https://www.tweedekamer.nl/kamerstukken/detail?id=";

  private OfficialLinks() {}

  /** The officielebekendmakingen.nl page of a publication id, if the id is one. */
  public static Optional<String> publication(String id) {
    return id != null && PUBLICATION.matcher(id).matches()
        ? Optional.of(OBK + id + ".html")
        : Optional.empty();
  }

  /** The tweedekamer.nl page of a document number ({@code 2024D12345} or {@code tk-2024D12345}). */
  public static Optional<String> tweedeKamer(String number) {
    if (number == null) {
      return Optional.empty();
    }
    String n = number.startsWith("tk-") ? number.substring(3) : number;
    return TK_DOCUMENT.matcher(n).matches() ? Optional.of(TK + n + "&did=" + n) : Optional.empty();
  }

  /**
   * Every official page of a paper: by its id, and by the Kamer's document number when the imported
   * records know it (null otherwise).
   */
  public static List<Link> of(String id, String documentNumber) {
    List<Link> out = new ArrayList<>();
    publication(id).ifPresent(u -> out.add(new Link("officielebekendmakingen.nl", u)));
    Optional<String> tk = tweedeKamer(documentNumber);
    if (tk.isEmpty()) {
      tk = tweedeKamer(id);
    }
    tk.ifPresent(u -> out.add(new Link("tweedekamer.nl", u)));
    return out;
  }

  /** The first official page of a paper, or null: the one link a feed entry or e-mail gets. */
  public static String first(String id) {
    List<Link> links = of(id, null);
    return links.isEmpty() ? null : links.get(0).url();
  }
}
