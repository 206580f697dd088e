package nl.koers.cli;

import java.util.List;

/** The {@code --holder} values of the course commands (timeline, compare). */
final class Holders {
  static final List<String> VALID = List.of("government", "parliament", "council", "other", "any");

  private Holders() {}

  /** The holder, or an error listing the valid ones. */
  static String check(String holder) {
    if (!VALID.contains(holder)) {
      throw new IllegalArgumentException(
          "unknown holder \"" + holder + "\"; valid: " + String.join(", ", VALID));
    }
    return holder;
  }
}
