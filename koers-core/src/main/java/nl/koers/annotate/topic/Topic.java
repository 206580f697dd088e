package nl.koers.annotate.topic;

import java.util.List;

/**
 * A subject of the taxonomy with the cues that signal it.
 *
 * @param id stable slug, e.g. {@code security-defence}
 * @param axis {@code theme} or {@code region}
 * @param label for display, e.g. {@code Security & defence}
 * @param cues as written in the taxonomy file: {@code defensie*}, {@code internationaal recht},
 *     {@code @nato}
 */
public record Topic(String id, String axis, String label, List<String> cues) {
  public Topic {
    cues = List.copyOf(cues);
  }
}
