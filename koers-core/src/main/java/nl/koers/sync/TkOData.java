package nl.koers.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.koers.document.Json;
import nl.koers.tk.TkRecord;
import nl.koers.tk.TkRecordReader;

/**
 * Lists the Tweede Kamer's documents in scope through OData v4: {@code
 * Document?$filter=Verwijderd eq false and Kamerstukdossier/any(d:d/Nummer eq 21501 and
 * d/Toevoeging eq '02') and Datum ge 2024-01-01T00:00:00+02:00&$expand=Kamerstukdossier}, following {@code
 * @odata.nextLink}. Each Document record goes to the store; each one with a file ({@code
 * ContentType}) becomes an item fetched from {@code Document(<Id>)/resource}.
 */
final class TkOData {
  private TkOData() {}

  /** The first page of each query: one per dossier, or one for the whole scope. */
  static List<URI> firstPages(SyncOptions o) {
    List<String> clauses = new ArrayList<>();
    clauses.add("Verwijderd eq false");
    if (o.since() != null) {
      // Datum is a DateTimeOffset; +02:00 is the earliest Dutch midnight of the day (summer time)
      clauses.add("Datum ge " + o.since() + "T00:00:00+02:00");
    }
    List<String> soorten = o.tkKinds();
    if (!soorten.isEmpty()) {
      List<String> ors = new ArrayList<>();
      for (String s : soorten) {
        ors.add("Soort eq '" + s.replace("'", "''") + "'");
      }
      clauses.add("(" + String.join(" or ", ors) + ")");
    }
    List<URI> pages = new ArrayList<>();
    List<String> dossiers =
        o.dossiers().isEmpty() ? java.util.Collections.singletonList(null) : o.dossiers();
    for (String dossier : dossiers) {
      List<String> all = new ArrayList<>(clauses);
      if (dossier != null) {
        all.add(dossierClause(dossier));
      }
      String base = o.tkODataUrl().toString();
      pages.add(
          URI.create(
              (base.endsWith("/") ? base : base + "/")
                  + "Document?$filter="
                  + Urls.enc(String.join(" and ", all))
                  + "&$expand=Kamerstukdossier"));
    }
    return pages;
  }

  /** {@code 21501-02} → number 21501 with Toevoeging '02'; {@code 28676} → number only. */
  static String dossierClause(String dossier) {
    int dash = dossier.indexOf('-');
    if (dash < 0) {
      return "Kamerstukdossier/any(d:d/Nummer eq " + dossier + ")";
    }
    return "Kamerstukdossier/any(d:d/Nummer eq "
        + dossier.substring(0, dash)
        + " and d/Toevoeging eq '"
        + dossier.substring(dash + 1).replace("'", "''")
        + "')";
  }

  /** One page: its records into {@code records}, its files into {@code items}; the next page. */
  static URI page(
      SyncOptions o, URI page, byte[] json, List<TkRecord> records, List<SyncItem> items)
      throws IOException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new FetchException(page, "not OData JSON: " + firstLine(e.getMessage()));
    }
    if (root == null || !root.has("value") || !root.get("value").isArray()) {
      throw new FetchException(page, "not an OData response (no \"value\" array)");
    }
    records.addAll(TkRecordReader.fromOData(json, "Document"));
    for (JsonNode d : root.get("value")) {
      SyncItem item = item(o, d);
      if (item != null) {
        items.add(item);
      }
    }
    JsonNode next = root.get("@odata.nextLink");
    return next == null || next.asText().isBlank()
        ? null
        : Urls.next(o.tkODataUrl(), page, next.asText());
  }

  private static SyncItem item(SyncOptions o, JsonNode d) {
    String id = text(d, "Id");
    String type = text(d, "ContentType");
    if (id == null || type == null || !id.matches("[0-9A-Fa-f-]{8,64}")) {
      return null; // a record without a file, or an id Koers will not put in a URL
    }
    String ext = extension(type);
    String name = null;
    JsonNode dossiers = d.get("Kamerstukdossier");
    String volgnummer = text(d, "Volgnummer");
    if (dossiers != null
        && dossiers.isArray()
        && !dossiers.isEmpty()
        && volgnummer != null
        && !volgnummer.equals("0")) {
      JsonNode k = dossiers.get(0);
      String nummer = text(k, "Nummer");
      String toevoeging = text(k, "Toevoeging");
      if (nummer != null) {
        // the name KOOP gives the same paper, so one paper keeps one identity
        name = "kst-" + nummer + (toevoeging == null ? "" : "-" + toevoeging) + "-" + volgnummer;
      }
    }
    if (name == null) {
      String nr = text(d, "DocumentNummer");
      name = nr != null ? nr : id;
    }
    name = name.replaceAll("[^0-9A-Za-z._-]", "_");
    String base = o.tkODataUrl().toString();
    URI url =
        URI.create((base.endsWith("/") ? base : base + "/") + "Document(" + id + ")/resource");
    String version = text(d, "GewijzigdOp");
    String length = text(d, "ContentLength");
    return new SyncItem(
        "tk:Document/" + id,
        SyncOptions.Source.TK,
        url,
        name + ext,
        null,
        version == null ? null : version + (length == null ? "" : "/" + length),
        false);
  }

  static String extension(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT);
    if (t.contains("pdf")) {
      return ".pdf";
    }
    if (t.contains("wordprocessingml")) {
      return ".docx";
    }
    if (t.contains("msword")) {
      return ".doc";
    }
    if (t.contains("xml")) {
      return ".xml";
    }
    if (t.contains("html")) {
      return ".html";
    }
    return ".bin";
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
