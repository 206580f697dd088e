package nl.koers.watch;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A watch's reported papers as an Atom feed (RFC 4287): the feed's id, title, updated, author and
 * {@code link rel="self"}; per paper an entry with a stable {@code urn:uuid:} id (the same paper
 * version in the same watch always gets the same id), title, updated (when it was reported), the
 * best passage as summary, and links to its Koers page and its official page.
 */
public final class AtomFeed {
  static final String NS = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /**
   * The feed of one watch.
   *
   * @param base the server's address without a trailing slash, e.g. {@code http://127.0.0.1:8080}
   */
  public static String of(WatchStore.Entry entry, String base) {
    Watch w = entry.watch();
    WatchState s = entry.state();
    String self = base + "/v1/watches/" + w.name() + "/feed.atom";
    long updated =
        s.latest().stream().mapToLong(Item::reported).max().orElse(Math.max(w.created(), 0));
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      text(x, "id", feedId(w));
      text(x, "title", "Koers watch " + w.name() + ": " + w.describe());
      text(x, "updated", time(updated));
      link(x, "self", self, "application/atom+xml");
      link(x, "alternate", base + "/watches.html#" + w.name(), "text/html");
      x.writeStartElement("author");
      text(x, "name", "Koers");
      x.writeEndElement();
      text(x, "generator", "Koers");
      for (Item i : s.latest()) {
        x.writeStartElement("entry");
        text(x, "id", entryId(i));
        text(x, "title", i.title() == null || i.title().isBlank() ? i.id() : i.title());
        text(x, "updated", time(i.reported()));
        link(
            x,
            "alternate",
            base + "/paper.html?id=" + URLEncoder.encode(i.id(), StandardCharsets.UTF_8),
            "text/html");
        if (i.official() != null) {
          link(x, "related", i.official(), "text/html");
        }
        x.writeStartElement("summary");
        x.writeAttribute("type", "text");
        x.writeCharacters(summary(i));
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed of " + w.name(), e);
    }
    return out.toString();
  }

  /** The feed's id: the same for one watch as long as it exists, new when re-added. */
  static String feedId(Watch w) {
    return "urn:uuid:" + uuid("koers watch " + w.name() + " " + w.created());
  }

  /** An entry's id: one paper version in one watch. */
  static String entryId(Item i) {
    return "urn:uuid:" + uuid("koers item " + i.watch() + " " + i.id() + " " + i.fingerprint());
  }

  private static UUID uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  private static String summary(Item i) {
    StringBuilder b = new StringBuilder();
    b.append(i.id());
    if (i.date() != null) {
      b.append(" (").append(i.date()).append(')');
    }
    if (i.passage() != null && !i.passage().isBlank()) {
      b.append(": ").append(i.passage());
    }
    return b.toString();
  }

  private static String time(long millis) {
    return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(millis));
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
    x.writeAttribute("type", type);
  }
}
