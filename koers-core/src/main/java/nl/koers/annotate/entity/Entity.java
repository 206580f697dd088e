package nl.koers.annotate.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Something papers talk about with a stable identity: a country, an organisation, an agreement, a
 * person.
 *
 * @param id stable lower-case slug, e.g. {@code united-states}
 * @param type {@code country}, {@code organisation}, {@code person}, …
 * @param qid Wikidata id such as {@code Q30}, or null when none is recorded
 * @param names full names, matched with the case of their first letters kept
 * @param abbreviations matched in exact case only, so {@code VS} matches and {@code vs} does not
 * @param adjectives adjective forms, listed explicitly ({@code Amerikaans}, {@code Amerikaanse})
 * @param description role or gloss, e.g. {@code president of the United States (2017–2021)}
 */
public record Entity(
    String id,
    String type,
    String qid,
    List<String> names,
    List<String> abbreviations,
    List<String> adjectives,
    String description) {

  public Entity {
    names = List.copyOf(names);
    abbreviations = List.copyOf(abbreviations);
    adjectives = List.copyOf(adjectives);
  }

  /** The preferred label: the first name, else the first abbreviation, else the id. */
  public String label() {
    if (!names.isEmpty()) {
      return names.get(0);
    }
    return abbreviations.isEmpty() ? id : abbreviations.get(0);
  }

  /** Every label, names first. */
  public List<String> labels() {
    List<String> all = new ArrayList<>(names);
    all.addAll(abbreviations);
    all.addAll(adjectives);
    return all;
  }
}
