package nl.koers.sync;

import java.net.URI;
import java.util.List;
import nl.koers.read.ReadException;
import nl.koers.read.SafeXml;
import nl.koers.tk.TkRecord;
import nl.koers.tk.TkRecordReader;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Tweede Kamer SyncFeed: Atom pages per entity category ({@code Feed?category=Zaak}), each
 * {@code <entry>}'s {@code <content>} one record, {@code tk:verwijderd="true"} a deletion, the
 * feed's {@code <link rel="next">} (with a {@code skiptoken}) the page after it. A feed without a
 * next link is caught up: its last page is where the next sync continues.
 */
final class TkFeed {
  private TkFeed() {}

  static URI firstPage(SyncOptions o, String category) {
    String base = o.tkFeedUrl().toString();
    return URI.create(base + (base.contains("?") ? "&" : "?") + "category=" + Urls.enc(category));
  }

  /** A parsed page: its records and the next page's link (null at the end of the feed). */
  record Page(List<TkRecord> records, String next) {}

  static Page parse(URI url, byte[] xml) throws FetchException {
    if (ContentCheck.looksLikeHtml(xml)) {
      throw new FetchException(url, "the source sent an HTML page, not a SyncFeed page");
    }
    String[] next = new String[1];
    boolean[] isFeed = new boolean[1];
    List<TkRecord> records;
    try {
      SafeXml.parse(
          xml,
          new DefaultHandler() {
            int depth;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
              depth++;
              String name = qName.substring(qName.indexOf(':') + 1);
              if (depth == 1) {
                isFeed[0] = name.equals("feed");
              } else if (depth == 2 && name.equals("link") && "next".equals(atts.getValue("rel"))) {
                next[0] = atts.getValue("href");
              }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
              depth--;
            }
          });
      records = TkRecordReader.fromAtom(xml);
    } catch (ReadException e) {
      throw new FetchException(url, e.getMessage());
    }
    if (!isFeed[0]) {
      throw new FetchException(url, "not an Atom feed (no <feed> root)");
    }
    return new Page(records, next[0]);
  }
}
