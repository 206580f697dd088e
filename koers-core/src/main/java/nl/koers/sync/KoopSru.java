package nl.koers.sync;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.koers.read.ReadException;
import nl.koers.read.SafeXml;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * officielebekendmakingen through KOOP's SRU 2.0 endpoint: a CQL query for parliamentary papers in
 * scope ({@code c.product-area==officielepublicaties AND w.publicatienaam=="Kamerstuk" AND
 * w.dossiernummer==21501-02 AND dt.date>=2024-01-01}), paged by {@code startRecord} and the
 * response's {@code nextRecordPosition}. Each record's {@code gzd:enrichedData} names the XML
 * ({@code itemUrl manifestation="xml"}) and the {@code metadata.xml}; without them Koers asks
 * {@code zoek.officielebekendmakingen.nl/<id>.xml} and {@code <id>/metadata.xml}.
 */
final class KoopSru {
  private KoopSru() {}

  static boolean isKoopKind(String kind) {
    return SyncOptions.KOOP_KINDS.stream().anyMatch(k -> k.equalsIgnoreCase(kind.strip()));
  }

  static String query(SyncOptions o) {
    List<String> and = new ArrayList<>();
    and.add("c.product-area==officielepublicaties");
    and.add(any("w.publicatienaam", o.koopKinds(), true));
    if (!o.dossiers().isEmpty()) {
      and.add(any("w.dossiernummer", o.dossiers(), false));
    }
    if (o.since() != null) {
      and.add("dt.date>=" + o.since());
    }
    return String.join(" AND ", and);
  }

  private static String any(String index, List<String> values, boolean quote) {
    List<String> ors = new ArrayList<>();
    for (String v : values) {
      ors.add(index + "==" + (quote ? "\"" + v.replace("\"", "") + "\"" : v));
    }
    return ors.size() == 1 ? ors.get(0) : "(" + String.join(" OR ", ors) + ")";
  }

  static URI page(SyncOptions o, int startRecord) {
    String base = o.koopSruUrl().toString();
    return URI.create(
        base
            + (base.contains("?") ? "&" : "?")
            + "operation=searchRetrieve&version=2.0&httpAccept=application/xml"
            + "&maximumRecords="
            + o.pageSize()
            + "&startRecord="
            + startRecord
            + "&query="
            + Urls.enc(query(o)));
  }

  /** A parsed response: its items and the next start position (0 at the end). */
  record Page(List<SyncItem> items, int nextRecordPosition) {}

  static Page parse(SyncOptions o, URI url, byte[] xml) throws FetchException {
    if (ContentCheck.looksLikeHtml(xml)) {
      throw new FetchException(url, "the source sent an HTML page, not an SRU response");
    }
    List<String[]> hits = new ArrayList<>(); // id, modified, xml url, metadata url
    String[] next = new String[1];
    StringBuilder diagnostic = new StringBuilder();
    boolean[] isSru = new boolean[1];
    try {
      SafeXml.parse(
          xml,
          new DefaultHandler() {
            final StringBuilder text = new StringBuilder();
            String[] hit;
            String manifestation;
            int depth;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
              depth++;
              String name = local(qName);
              text.setLength(0);
              if (depth == 1) {
                isSru[0] = name.equals("searchRetrieveResponse");
              }
              if (name.equals("record") && depth == 3) { // response > records > record
                hit = new String[4];
              }
              manifestation = name.equals("itemUrl") ? atts.getValue("manifestation") : null;
            }

            @Override
            public void characters(char[] ch, int start, int length) {
              text.append(ch, start, length);
            }

            @Override
            public void endElement(String uri, String local, String qName) {
              String name = local(qName);
              String v = text.toString().strip();
              if (hit != null) {
                if (name.equals("identifier") && qName.startsWith("dcterms") && hit[0] == null) {
                  hit[0] = v;
                } else if (name.equals("modified") && hit[1] == null) {
                  hit[1] = v;
                } else if (name.equals("available") && hit[1] == null) {
                  hit[1] = v;
                } else if (name.equals("itemUrl") && "xml".equals(manifestation)) {
                  hit[2] = v;
                } else if (name.equals("itemUrl") && "metadata".equals(manifestation)) {
                  hit[3] = v;
                } else if (name.equals("record") && depth == 3) {
                  hits.add(hit);
                  hit = null;
                }
              }
              if (name.equals("nextRecordPosition")) {
                next[0] = v;
              } else if (name.equals("message") && qName.startsWith("diag")) {
                diagnostic.append(v);
              }
              text.setLength(0);
              depth--;
            }
          });
    } catch (ReadException e) {
      throw new FetchException(url, e.getMessage());
    }
    if (!isSru[0]) {
      throw new FetchException(url, "not an SRU response (no <searchRetrieveResponse> root)");
    }
    if (!diagnostic.isEmpty()) {
      throw new FetchException(url, "SRU diagnostic: " + diagnostic);
    }
    List<SyncItem> items = new ArrayList<>();
    for (String[] h : hits) {
      if (h[0] == null || !h[0].matches("[a-z]+-[0-9A-Za-z-]+")) {
        continue; // no identifier Koers can name a file after
      }
      String id = h[0];
      URI doc = h[2] != null ? url.resolve(h[2]) : o.koopDocUrl().resolve(id + ".xml");
      URI meta = h[3] != null ? url.resolve(h[3]) : o.koopDocUrl().resolve(id + "/metadata.xml");
      items.add(
          new SyncItem("koop:" + id, SyncOptions.Source.KOOP, doc, id + ".xml", meta, h[1], true));
    }
    int nextPos = 0;
    if (next[0] != null && next[0].matches("\\d{1,9}")) {
      nextPos = Integer.parseInt(next[0]);
    }
    return new Page(items, nextPos);
  }

  private static String local(String qName) {
    return qName.substring(qName.indexOf(':') + 1);
  }
}
