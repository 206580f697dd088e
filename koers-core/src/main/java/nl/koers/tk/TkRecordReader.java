package nl.koers.tk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.koers.document.Json;
import nl.koers.read.ReadException;
import nl.koers.read.SafeXml;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tweede Kamer open-data records saved on disk: OData v4 JSON ({@code {"value": [...]}} with
 * {@code @odata.context}, expanded navigation properties included) and SyncFeed Atom XML ({@code
 * <entry><content><zaak id=…>…</zaak></content></entry>}). A file it cannot read is reported and
 * skipped; the rest are read.
 */
public final class TkRecordReader {
  /** Entity types Koers links; others are kept but not used. */
  public static final Set<String> TYPES =
      Set.of(
          "Document",
          "Zaak",
          "Kamerstukdossier",
          "Activiteit",
          "Persoon",
          "Fractie",
          "Toezegging",
          "Besluit",
          "Stemming");

  private static final Pattern CONTEXT = Pattern.compile("\\$metadata#([A-Za-z]+)");

  /** What became of one file. */
  public record FileOutcome(Path file, int records, String error) {}

  private TkRecordReader() {}

  public static List<FileOutcome> read(Path dir, List<TkRecord> into) throws IOException {
    List<FileOutcome> outcomes = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      int before = into.size();
      try {
        if (name.endsWith(".json")) {
          readJson(Files.readAllBytes(f), typeFromName(f), into);
        } else if (name.endsWith(".xml") || name.endsWith(".atom")) {
          readAtom(Files.readAllBytes(f), into);
        } else {
          continue;
        }
        outcomes.add(new FileOutcome(f, into.size() - before, null));
      } catch (IOException | ReadException | RuntimeException e) {
        into.subList(before, into.size()).clear();
        outcomes.add(new FileOutcome(f, 0, e.getMessage()));
      }
    }
    return outcomes;
  }

  /** The records of one OData v4 response (used by {@code koers sync}, which fetches them). */
  public static List<TkRecord> fromOData(byte[] json, String typeHint) throws IOException {
    List<TkRecord> out = new ArrayList<>();
    readJson(json, typeHint, out);
    return out;
  }

  /** The records of one SyncFeed page; deletions carry {@code Verwijderd=true}. */
  public static List<TkRecord> fromAtom(byte[] xml) throws ReadException {
    List<TkRecord> out = new ArrayList<>();
    readAtom(xml, out);
    return out;
  }

  /** {@code Zaak.json}, {@code zaken-2024.json}: a hint for files without an OData context. */
  private static String typeFromName(Path f) {
    String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    for (String t : TYPES) {
      if (n.startsWith(t.toLowerCase(java.util.Locale.ROOT))) {
        return t;
      }
    }
    return n.startsWith("zaken") ? "Zaak" : null;
  }

  static void readJson(byte[] bytes, String hint, List<TkRecord> into) throws IOException {
    JsonNode root = Json.mapper().readTree(bytes);
    String type = hint;
    if (root.has("@odata.context")) {
      Matcher m = CONTEXT.matcher(root.get("@odata.context").asText());
      if (m.find()) {
        type = m.group(1);
      }
    }
    JsonNode items = root.has("value") ? root.get("value") : root;
    if (type == null) {
      throw new IOException("no @odata.context and no entity type in the file name");
    }
    if (items.isArray()) {
      for (JsonNode item : items) {
        record(type, item, into);
      }
    } else {
      record(type, items, into);
    }
  }

  /** Adds one record and, recursively, the records expanded inside it. Returns its id. */
  private static String record(String type, JsonNode node, List<TkRecord> into) {
    if (!node.isObject() || !node.has("Id")) {
      return null;
    }
    String id = node.get("Id").asText();
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, List<String>> links = new HashMap<>();
    List<Runnable> children = new ArrayList<>();
    node.properties()
        .forEach(
            e -> {
              String key = e.getKey();
              JsonNode v = e.getValue();
              if (key.startsWith("@")) {
                return;
              }
              if (v.isValueNode() && !v.isNull()) {
                if (key.endsWith("_Id")) {
                  link(links, key.substring(0, key.length() - 3), v.asText());
                } else {
                  fields.put(key, v.asText());
                }
              } else if (v.isObject() || v.isArray()) {
                String childType = key;
                for (JsonNode child : v.isArray() ? v : List.of(v)) {
                  if (child.has("Id")) {
                    link(links, childType, child.get("Id").asText());
                    children.add(() -> recordChild(childType, child, type, id, into));
                  }
                }
              }
            });
    if (fields.isEmpty() && links.isEmpty()) {
      return id;
    }
    into.add(new TkRecord(type, id, fields, links));
    children.forEach(Runnable::run);
    return id;
  }

  private static void recordChild(
      String type, JsonNode node, String parentType, String parentId, List<TkRecord> into) {
    int at = into.size();
    record(type, node, into);
    if (into.size() > at) {
      TkRecord r = into.get(at);
      Map<String, List<String>> links = new HashMap<>(r.links());
      link(links, parentType, parentId);
      into.set(at, new TkRecord(r.type(), r.id(), r.fields(), links));
    }
  }

  private static void link(Map<String, List<String>> links, String type, String id) {
    List<String> ids = new ArrayList<>(links.getOrDefault(type, List.of()));
    if (!ids.contains(id)) {
      ids.add(id);
    }
    links.put(type, List.copyOf(ids));
  }

  /**
   * SyncFeed: every {@code <entry>}'s {@code <content>} holds one element named after its type
   * (lower case), with {@code id} as attribute, properties as child elements and relations as child
   * elements carrying a {@code ref} attribute.
   */
  static void readAtom(byte[] bytes, List<TkRecord> into) throws ReadException {
    SafeXml.parse(
        bytes,
        new DefaultHandler() {
          int depthInContent = -1;
          int depth;
          String type;
          String id;
          Map<String, String> fields;
          Map<String, List<String>> links;
          String property;
          final StringBuilder text = new StringBuilder();

          @Override
          public void startElement(String uri, String local, String qName, Attributes atts) {
            depth++;
            String name = qName.contains(":") ? qName.substring(qName.indexOf(':') + 1) : qName;
            if (name.equals("content")) {
              depthInContent = depth;
              return;
            }
            if (depthInContent < 0) {
              return;
            }
            if (depth == depthInContent + 1) {
              type = capitalise(name);
              id = atts.getValue("id");
              fields = new LinkedHashMap<>();
              links = new HashMap<>();
              if ("true".equals(atts.getValue("tk:verwijderd"))
                  || "true".equals(atts.getValue("verwijderd"))) {
                fields.put("Verwijderd", "true");
              }
            } else if (depth == depthInContent + 2) {
              String ref = atts.getValue("ref");
              if (ref != null) {
                link(links, capitalise(name), ref);
                property = null;
              } else {
                property = capitalise(name);
                text.setLength(0);
              }
            }
          }

          @Override
          public void characters(char[] ch, int start, int length) {
            if (property != null) {
              text.append(ch, start, length);
            }
          }

          @Override
          public void endElement(String uri, String local, String qName) {
            if (depthInContent >= 0) {
              if (depth == depthInContent + 2 && property != null) {
                String v = text.toString().strip();
                if (!v.isEmpty()) {
                  fields.put(property, v);
                }
                property = null;
              } else if (depth == depthInContent + 1 && type != null && id != null) {
                into.add(new TkRecord(type, id, fields, links));
                type = null;
              } else if (depth == depthInContent) {
                depthInContent = -1;
              }
            }
            depth--;
          }
        });
  }

  /** {@code zaak} → {@code Zaak}; {@code kamerstukdossier} → {@code Kamerstukdossier}. */
  private static String capitalise(String name) {
    for (String t : TYPES) {
      if (t.equalsIgnoreCase(name)) {
        return t;
      }
    }
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
