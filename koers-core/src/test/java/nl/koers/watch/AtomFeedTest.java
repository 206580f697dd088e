package nl.koers.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class AtomFeedTest {
  private static final long ADDED = 1_767_603_600_000L;

  private static final Item ITEM =
      new Item(
          "navo",
          "kst-28676-503",
          "Brief over de NAVO-top & de <bijdrage>",
          "2025-06-20",
          "brief",
          "De NAVO vraagt bondgenoten meer bij te dragen.",
          "https://zoek.officielebekendmakingen.nl/kst-28676-503.html",
          ADDED + 60_000,
          "abc@6/x",
          ADDED + 120_000);

  private static WatchStore.Entry entry(List<Item> latest) {
    Watch w = WatchFixture.navo(null, null, null);
    return new WatchStore.Entry(
        w, new WatchState(ADDED, Map.of(), latest, List.of(), 0, ADDED + 120_000, null));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && AtomFeed.NS.equals(e.getNamespaceURI())
          && e.getLocalName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String one(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("exactly one atom:" + name).hasSize(1);
    return found.get(0).getTextContent();
  }

  @Test
  void theFeedHasEveryElementRfc4287Requires() throws Exception {
    Element feed =
        parse(AtomFeed.of(entry(List.of(ITEM)), "http://127.0.0.1:8080")).getDocumentElement();

    assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(one(feed, "id")).startsWith("urn:uuid:");
    assertThat(one(feed, "title")).contains("navo").contains("NAVO");
    assertThat(one(feed, "updated")).isEqualTo("2026-01-05T09:02:00Z");
    assertThat(children(feed, "author")).hasSize(1);
    assertThat(children(feed, "link"))
        .filteredOn(l -> l.getAttribute("rel").equals("self"))
        .extracting(l -> l.getAttribute("href"))
        .containsExactly("http://127.0.0.1:8080/v1/watches/navo/feed.atom");
  }

  @Test
  void anEntryCarriesIdTitleUpdatedSummaryAndBothLinks() throws Exception {
    Element feed =
        parse(AtomFeed.of(entry(List.of(ITEM)), "http://koers.example")).getDocumentElement();
    Element entry = children(feed, "entry").get(0);

    assertThat(one(entry, "id")).startsWith("urn:uuid:");
    assertThat(one(entry, "title")).isEqualTo("Brief over de NAVO-top & de <bijdrage>");
    assertThat(one(entry, "updated")).isEqualTo("2026-01-05T09:02:00Z");
    assertThat(one(entry, "summary")).contains("De NAVO vraagt bondgenoten");
    assertThat(children(entry, "link"))
        .extracting(l -> l.getAttribute("rel") + " " + l.getAttribute("href"))
        .containsExactly(
            "alternate http://koers.example/paper.html?id=kst-28676-503",
            "related https://zoek.officielebekendmakingen.nl/kst-28676-503.html");
  }

  @Test
  void entryIdsAreStableAcrossRendersAndDifferPerVersion() throws Exception {
    String first = AtomFeed.entryId(ITEM);
    Item replaced =
        new Item(
            ITEM.watch(),
            ITEM.id(),
            ITEM.title(),
            ITEM.date(),
            ITEM.kind(),
            ITEM.passage(),
            ITEM.official(),
            ITEM.ingested(),
            "def@6/x",
            ITEM.reported() + 1);

    assertThat(AtomFeed.entryId(ITEM)).isEqualTo(first);
    assertThat(AtomFeed.entryId(replaced)).isNotEqualTo(first);
  }

  @Test
  void aWatchThatReportedNothingYetIsAValidEmptyFeed() throws Exception {
    Element feed =
        parse(AtomFeed.of(entry(List.of()), "http://koers.example")).getDocumentElement();

    assertThat(children(feed, "entry")).isEmpty();
    // with no entries the feed is as new as the watch
    assertThat(one(feed, "updated")).isEqualTo("2026-01-05T09:01:00Z");
  }
}
