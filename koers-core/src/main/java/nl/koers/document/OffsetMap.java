package nl.koers.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/**
 * Maps offsets in the cleaned text back to offsets in the original text, like Lucene's {@code
 * CharFilter.correctOffset}. Stored as runs: inside a run both sides advance together, so a paper
 * whose cleaning only removed line breaks needs one run per line, not one entry per character.
 *
 * <p>Immutable and thread-safe.
 */
public final class OffsetMap {
  private final int[] cleanStarts;
  private final int[] originalStarts;

  @JsonCreator
  public OffsetMap(
      @JsonProperty("cleanStarts") int[] cleanStarts,
      @JsonProperty("originalStarts") int[] originalStarts) {
    if (cleanStarts.length != originalStarts.length) {
      throw new IllegalArgumentException("run arrays differ in length");
    }
    this.cleanStarts = cleanStarts.clone();
    this.originalStarts = originalStarts.clone();
  }

  /** The identity map: cleaned text equals the original. */
  public static OffsetMap identity() {
    return new OffsetMap(new int[] {0}, new int[] {0});
  }

  /** The original offset of the character at {@code cleanOffset}. */
  public int toOriginal(int cleanOffset) {
    int i = Arrays.binarySearch(cleanStarts, cleanOffset);
    if (i < 0) {
      i = -i - 2;
    }
    if (i < 0) {
      return cleanOffset;
    }
    return originalStarts[i] + (cleanOffset - cleanStarts[i]);
  }

  /** The span in the original text that a cleaned span came from. */
  public TextSpan toOriginal(TextSpan span) {
    int begin = toOriginal(span.begin());
    int end = span.end() > span.begin() ? toOriginal(span.end() - 1) + 1 : begin;
    return new TextSpan(begin, Math.max(begin, end));
  }

  /** This map followed by {@code next}: cleaned → this.original → next.original. */
  public OffsetMap then(OffsetMap next) {
    Builder b = new Builder();
    int total = cleanStarts.length;
    for (int r = 0; r < total; r++) {
      int start = cleanStarts[r];
      int end = r + 1 < total ? cleanStarts[r + 1] : Integer.MAX_VALUE;
      // split this run where the next map starts a new run
      int orig = originalStarts[r];
      b.run(start, next.toOriginal(orig));
      int[] nextStarts = next.cleanStarts;
      int k = Arrays.binarySearch(nextStarts, orig + 1);
      if (k < 0) {
        k = -k - 1;
      }
      for (; k < nextStarts.length; k++) {
        int clean = start + (nextStarts[k] - orig);
        if (clean >= end) {
          break;
        }
        b.run(clean, next.originalStarts[k]);
      }
    }
    return b.build();
  }

  @JsonProperty("cleanStarts")
  public int[] cleanStarts() {
    return cleanStarts.clone();
  }

  @JsonProperty("originalStarts")
  public int[] originalStarts() {
    return originalStarts.clone();
  }

  /** Builds a map one character at a time, opening a new run only where the offsets jump. */
  public static final class Builder {
    private int[] clean = new int[16];
    private int[] original = new int[16];
    private int runs;
    private int length;
    private int lastOriginal = -2;

    /** Records that the next cleaned character comes from {@code originalOffset}. */
    public void add(int originalOffset) {
      if (originalOffset != lastOriginal + 1 || runs == 0) {
        run(length, originalOffset);
      }
      lastOriginal = originalOffset;
      length++;
    }

    /** Records a character that has no origin of its own (an inserted space or line break). */
    public void addInserted() {
      add(lastOriginal + 1);
    }

    void run(int cleanStart, int originalStart) {
      if (runs > 0 && clean[runs - 1] == cleanStart) {
        original[runs - 1] = originalStart;
        return;
      }
      if (runs == clean.length) {
        clean = Arrays.copyOf(clean, runs * 2);
        original = Arrays.copyOf(original, runs * 2);
      }
      clean[runs] = cleanStart;
      original[runs] = originalStart;
      runs++;
    }

    public int length() {
      return length;
    }

    public OffsetMap build() {
      if (runs == 0) {
        return identity();
      }
      return new OffsetMap(Arrays.copyOf(clean, runs), Arrays.copyOf(original, runs));
    }
  }
}
