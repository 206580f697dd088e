package nl.koers.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 data file from the class path: one entry per line, blank lines and lines starting
 * with {@code #} skipped, surrounding whitespace stripped.
 */
public final class DataFile {
  private DataFile() {}

  /**
   * A user's data file in the same format: entries without comments and blank lines.
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public static List<String> lines(java.nio.file.Path file) {
    try {
      return java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param owner the class the file sits beside
   * @param name the file name relative to {@code owner}'s package
   * @throws IllegalStateException if the file is missing from the class path
   */
  public static List<String> lines(Class<?> owner, String name) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          lines.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
