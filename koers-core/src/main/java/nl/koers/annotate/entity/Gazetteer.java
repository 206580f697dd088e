package nl.koers.annotate.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.koers.data.DataFile;

/**
 * The entities Koers knows, read from tab-separated files: {@code id, type, qid, names,
 * abbreviations, adjectives, description}, lists separated by {@code |}. The built-in files sit
 * beside this class; users add their own with {@link #with(Path)}, whose lines replace built-in
 * entities of the same id. Immutable.
 */
public final class Gazetteer {
  /** The built-in files, in load order. */
  public static final List<String> BUILT_IN =
      List.of("countries.tsv", "regions.tsv", "organisations.tsv", "agreements.tsv", "people.tsv");

  private static final Gazetteer STANDARD = load();

  /** Phrases that hide the labels inside them, from {@code not-entities.txt}. */
  private static final List<String> BLOCKERS = DataFile.lines(Gazetteer.class, "not-entities.txt");

  private final Map<String, Entity> byId;

  private Gazetteer(Map<String, Entity> byId) {
    this.byId = byId;
  }

  /** Phrases that contain a label but name no entity ({@code Europese Zaken}). */
  public List<String> blockers() {
    return BLOCKERS;
  }

  /** The built-in gazetteer, loaded once. */
  public static Gazetteer standard() {
    return STANDARD;
  }

  private static Gazetteer load() {
    Map<String, Entity> byId = new LinkedHashMap<>();
    for (String file : BUILT_IN) {
      List<String> lines = DataFile.lines(Gazetteer.class, file);
      for (int i = 0; i < lines.size(); i++) {
        Entity e = parse(lines.get(i), file + " entry " + (i + 1));
        byId.put(e.id(), e);
      }
    }
    return new Gazetteer(byId);
  }

  /**
   * This gazetteer with the entities of a user's file added.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed entry
   */
  public Gazetteer with(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
    }
    Map<String, Entity> merged = new LinkedHashMap<>(byId);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      Entity e = parse(line, file + " line " + (i + 1));
      merged.put(e.id(), e);
    }
    return new Gazetteer(merged);
  }

  /** Parses one line; throws with {@code where} in the message when it is malformed. */
  static Entity parse(String line, String where) {
    String[] f = line.split("\t", -1);
    if (f.length < 4 || f[0].isBlank() || f[1].isBlank()) {
      throw new IllegalArgumentException(
          where + ": expected id, type, qid, names[, abbreviations, adjectives, description]");
    }
    String qid = f[2].strip();
    if (!qid.isEmpty() && !qid.matches("Q[1-9]\\d*")) {
      throw new IllegalArgumentException(where + ": \"" + qid + "\" is not a Wikidata QID");
    }
    Entity e =
        new Entity(
            f[0].strip(),
            f[1].strip(),
            qid.isEmpty() ? null : qid,
            list(f, 3),
            list(f, 4),
            list(f, 5),
            f.length > 6 && !f[6].isBlank() ? f[6].strip() : null);
    if (e.labels().isEmpty()) {
      throw new IllegalArgumentException(where + ": entity " + e.id() + " has no label");
    }
    return e;
  }

  private static List<String> list(String[] fields, int i) {
    if (i >= fields.length || fields[i].isBlank()) {
      return List.of();
    }
    return Arrays.stream(fields[i].split("\\|"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public Collection<Entity> entities() {
    return byId.values();
  }

  public Optional<Entity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Finds an entity by id, Wikidata QID or any label (case-insensitive), in that order: what a user
   * types after {@code koers entity}.
   */
  public Optional<Entity> find(String key) {
    if (byId.containsKey(key)) {
      return Optional.of(byId.get(key));
    }
    String k = key.strip().toLowerCase(Locale.ROOT);
    for (Entity e : byId.values()) {
      if (e.qid() != null && e.qid().equalsIgnoreCase(k)) {
        return Optional.of(e);
      }
    }
    List<Entity> byLabel = new ArrayList<>();
    for (Entity e : byId.values()) {
      for (String label : e.labels()) {
        if (label.toLowerCase(Locale.ROOT).equals(k)) {
          byLabel.add(e);
        }
      }
    }
    return byLabel.stream().findFirst();
  }

  public int size() {
    return byId.size();
  }
}
