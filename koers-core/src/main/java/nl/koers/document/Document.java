package nl.koers.document;

import java.util.List;
import java.util.Map;

/**
 * A paper as Koers knows it, independent of any search engine.
 *
 * @param id the kst-id when the text gives one, else a stable id derived from the file name
 * @param source the path of the file it was read from
 * @param format the reader that read it ({@code text}, {@code markdown})
 * @param sha256 hex digest of the file's bytes; equal bytes mean an unchanged paper
 * @param facts the clerk's facts, each backed by an annotation
 * @param text the cleaned text all spans refer to
 * @param offsets cleaned-text offsets back to the decoded original
 * @param segments headings, paragraphs, sentences, footnotes and page footers
 * @param annotations typed spans over {@code text}
 * @param sourceMetadata what the source said about itself (KOOP metadata, document properties);
 *     where it names the id, dossier, number, kind, date or title, that value is in {@code facts}
 * @param textFacts the facts as the text alone gave them, kept when the source's metadata overrode
 *     some, so disagreements can be inspected; null when nothing was overridden
 * @param notes remarks on reading the file (a page without text layer)
 */
public record Document(
    String id,
    String source,
    String format,
    String sha256,
    PaperFacts facts,
    String text,
    OffsetMap offsets,
    List<Segment> segments,
    List<Annotation> annotations,
    Map<String, String> sourceMetadata,
    PaperFacts textFacts,
    List<String> notes) {

  public Document {
    segments = List.copyOf(segments);
    annotations = List.copyOf(annotations);
    sourceMetadata = sourceMetadata == null ? Map.of() : Map.copyOf(sourceMetadata);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** The segments of one type, in text order. */
  public List<Segment> segments(SegmentType type) {
    return segments.stream().filter(s -> s.type() == type).toList();
  }

  /** The annotations of one type, in the order they were made. */
  public List<Annotation> annotations(AnnotationType type) {
    return annotations.stream().filter(a -> a.type() == type).toList();
  }

  /** The text a span covers. */
  public String quote(TextSpan span) {
    return span.of(text);
  }
}
