package nl.koers.tk;

import java.util.List;
import java.util.Map;

/**
 * One record of the Tweede Kamer's open data.
 *
 * @param type the entity type as the Kamer names it ({@code Document}, {@code Zaak}, {@code
 *     Besluit}, {@code Stemming}, {@code Toezegging}…)
 * @param id the record's GUID
 * @param fields its scalar properties, as strings
 * @param links ids of related records by their type ({@code Zaak → [id]}), from expanded
 *     properties, {@code X_Id} keys and SyncFeed {@code ref} attributes
 */
public record TkRecord(
    String type, String id, Map<String, String> fields, Map<String, List<String>> links) {
  public TkRecord {
    fields = Map.copyOf(fields);
    links = Map.copyOf(links);
  }

  public String field(String name) {
    return fields.get(name);
  }

  public List<String> linked(String type) {
    return links.getOrDefault(type, List.of());
  }
}
