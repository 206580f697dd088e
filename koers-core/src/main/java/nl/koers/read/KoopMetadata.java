package nl.koers.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The fields of an officielebekendmakingen publication: {@code metadata.xml} ({@code
 * <metadata_gegevens><metadata name=… content=…/>}) or the {@code <meta>} elements inside a
 * publication's XML. Koers' keys ({@link SourceMetadata}) come from the standard fields; every
 * field is kept raw as well.
 */
public final class KoopMetadata {
  private static final Pattern KST = Pattern.compile("(?i)\\b(kst-[0-9a-z]+(?:-[0-9a-z]+)*)\\b");

  private KoopMetadata() {}

  /** Whether these bytes are a {@code metadata.xml} of a publication. */
  public static boolean isMetadataFile(byte[] head) {
    String start =
        new String(
            head, 0, Math.min(head.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
    return start.contains("<metadata_gegevens");
  }

  /** Parses a {@code metadata.xml}. */
  public static Map<String, String> parse(byte[] bytes) throws ReadException {
    Map<String, String> raw = new LinkedHashMap<>();
    SafeXml.parse(
        bytes,
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes atts) {
            if (qName.equals("metadata") || qName.equals("meta")) {
              add(raw, atts.getValue("name"), atts.getValue("content"));
            }
          }
        });
    return normalise(raw);
  }

  /** Adds one field; repeated fields ({@code OVERHEIDop.indiener}) are joined with "; ". */
  static void add(Map<String, String> raw, String name, String content) {
    if (name == null || content == null || content.isBlank()) {
      return;
    }
    String value = content.strip().replaceAll("\\s+", " ");
    raw.merge(name, value, (a, b) -> a.equals(b) ? a : a + "; " + b);
  }

  /** Koers' keys from the raw fields, plus the raw fields under {@code raw:}. */
  static Map<String, String> normalise(Map<String, String> raw) {
    Map<String, String> out = new LinkedHashMap<>();
    String id = raw.get("DC.identifier");
    if (id != null) {
      Matcher m = KST.matcher(id);
      if (m.find()) {
        out.put(SourceMetadata.ID, "kst" + m.group(1).substring(3));
      }
    }
    putIf(out, SourceMetadata.DOSSIER, dossier(raw.get("OVERHEIDop.dossiernummer")));
    putIf(out, SourceMetadata.NUMBER, raw.get("OVERHEIDop.ondernummer"));
    putIf(out, SourceMetadata.DOSSIER_TITLE, raw.get("OVERHEIDop.dossiertitel"));
    putIf(out, SourceMetadata.CREATOR, raw.get("DC.creator"));
    putIf(out, SourceMetadata.AUTHOR, raw.get("OVERHEIDop.indiener"));
    // The paper's own date; the publication date is another fact and overrides nothing.
    putIf(
        out,
        SourceMetadata.DATE,
        firstIsoDate(
            raw,
            "OVERHEIDop.datumBrief",
            "OVERHEIDop.datumIndiening",
            "OVERHEIDop.datumVergadering"));
    putIf(out, SourceMetadata.PUBLISHED, firstIsoDate(raw, "DCTERMS.issued", "DCTERMS.available"));
    raw.forEach((k, v) -> out.put(SourceMetadata.RAW_PREFIX + k, v));
    return out;
  }

  private static String dossier(String value) {
    if (value == null) {
      return null;
    }
    // "21501-02" or "21 501-02": Koers writes dossiers without the thousands space
    return value.split(";")[0].strip().replace(" ", "");
  }

  private static String firstIsoDate(Map<String, String> raw, String... names) {
    for (String n : names) {
      String v = raw.get(n);
      if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return v.substring(0, 10);
      }
    }
    return null;
  }

  private static void putIf(Map<String, String> out, String key, String value) {
    if (value != null && !value.isBlank()) {
      out.put(key, value);
    }
  }

  /** The kst id a link target names ({@code kst-21501-02-2958}, or a URL ending in one). */
  static String kstIdIn(String target) {
    if (target == null) {
      return null;
    }
    Matcher m = KST.matcher(target);
    return m.find() ? "kst" + m.group(1).substring(3) : null;
  }
}
