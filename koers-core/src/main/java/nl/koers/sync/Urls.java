package nl.koers.sync;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/** Small URL helpers the sources share. */
final class Urls {
  private Urls() {}

  /** A query value, percent-encoded (spaces as {@code %20}, which OData and SRU both accept). */
  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * A paging link ({@code @odata.nextLink}, SyncFeed {@code next}) resolved against the page it
   * came from; refused when it leads to another host than the configured endpoint, as a redirect
   * would be.
   */
  static URI next(URI endpoint, URI page, String link) throws FetchException {
    URI target;
    try {
      target = page.resolve(link.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException(page, "paging link is not a URL: " + link);
    }
    if (!Objects.equals(lower(endpoint.getHost()), lower(target.getHost()))
        || endpoint.getPort() != target.getPort()) {
      throw new FetchException(page, "refused a paging link to another host: " + target);
    }
    return target;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
