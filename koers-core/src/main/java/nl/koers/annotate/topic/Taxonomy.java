package nl.koers.annotate.topic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.koers.data.DataFile;

/**
 * The topics Koers assigns, read from {@code topics.tsv} ({@code id, axis, label, cues}) or from a
 * user's file in the same format that replaces it. Immutable.
 */
public final class Taxonomy {
  private static final Taxonomy STANDARD =
      new Taxonomy(parse(DataFile.lines(Taxonomy.class, "topics.tsv"), "topics.tsv"));

  private final List<Topic> topics;

  private Taxonomy(List<Topic> topics) {
    this.topics = List.copyOf(topics);
  }

  public static Taxonomy standard() {
    return STANDARD;
  }

  /** A taxonomy read from a user's file instead of the built-in one. */
  public static Taxonomy of(Path file) {
    return new Taxonomy(parse(DataFile.lines(file), file.toString()));
  }

  private static List<Topic> parse(List<String> lines, String where) {
    List<Topic> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length != 4) {
        throw new IllegalArgumentException(
            where + " entry " + (i + 1) + ": expected id, axis, label, cues (tab-separated)");
      }
      List<String> cues =
          Arrays.stream(f[3].split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
      out.add(new Topic(f[0].strip(), f[1].strip(), f[2].strip(), cues));
    }
    return out;
  }

  public List<Topic> topics() {
    return topics;
  }

  /** By id or label, case-insensitive. */
  public Optional<Topic> find(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT);
    return topics.stream()
        .filter(t -> t.id().equals(k) || t.label().toLowerCase(Locale.ROOT).equals(k))
        .findFirst();
  }
}
