package nl.koers.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's sample paper ({@code sample-paper.txt}), parsed into the blocks each fixture writer
 * lays out in its own format.
 */
record SamplePaper(List<Block> blocks) {
  enum Kind {
    HEADER,
    HEADING,
    PARAGRAPH,
    FOOTNOTE,
    ROW,
    SIGNATURE,
    COLUMN
  }

  record Block(Kind kind, String text) {
    /** The paragraph text with its footnote markers written as bare numbers. */
    String plain() {
      return text.replaceAll("\\[\\^(\\d+)]", "$1");
    }

    /** The footnote marker this paragraph carries, or null. */
    String marker() {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[\\^(\\d+)]").matcher(text);
      return m.find() ? m.group(1) : null;
    }

    String withoutMarker() {
      return text.replaceAll("\\[\\^\\d+]", "");
    }

    List<String> cells() {
      return List.of(text.split(" \\| "));
    }
  }

  static SamplePaper load() {
    try (InputStream in = SamplePaper.class.getResourceAsStream("sample-paper.txt")) {
      List<Block> blocks = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        Kind kind =
            switch (line.charAt(0)) {
              case 'H' -> Kind.HEADER;
              case 'T' -> Kind.HEADING;
              case 'P' -> Kind.PARAGRAPH;
              case 'N' -> Kind.FOOTNOTE;
              case 'R' -> Kind.ROW;
              case 'S' -> Kind.SIGNATURE;
              case 'C' -> Kind.COLUMN;
              default -> throw new IllegalStateException("unknown line: " + line);
            };
        blocks.add(new Block(kind, line.substring(2)));
      }
      return new SamplePaper(blocks);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Block> of(Kind kind) {
    return blocks.stream().filter(b -> b.kind() == kind).toList();
  }

  /** The footnote text for a marker ("Kamerstuk 21 501-02, nr. 3090" for "1"). */
  String footnote(String marker) {
    for (Block b : of(Kind.FOOTNOTE)) {
      if (b.text().startsWith(marker + " ")) {
        return b.text().substring(marker.length() + 1);
      }
    }
    throw new IllegalStateException("no footnote " + marker);
  }
}
