package nl.koers.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.AnnotatorPipeline;
import nl.koers.annotate.AnnotatorRegistry;
import nl.koers.clean.CleanText;
import nl.koers.clean.Cleaner;
import nl.koers.document.Document;
import nl.koers.document.PaperFacts;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;
import nl.koers.document.TextSpan;
import nl.koers.read.DocumentReader;
import nl.koers.read.NeedsOcrException;
import nl.koers.read.ReadException;
import nl.koers.read.ReadLimits;
import nl.koers.read.ReaderRegistry;
import nl.koers.read.SourceText;
import nl.koers.segment.SentenceSplitter;

/**
 * Reads one file into a {@link Document}. Never throws on a user's file: empty, binary,
 * undecodable, vanished or oversized files, and any failure inside the pipeline, become an {@link
 * Outcome} that names the reason. Thread-safe.
 */
public final class PaperProcessor {
  /** Files larger than this are refused rather than read into memory. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final ReaderRegistry readers;
  private final Cleaner cleaner = new Cleaner();
  private final SentenceSplitter sentences;
  private final AnnotatorPipeline annotators;
  private final long maxBytes;
  private final int maxChars;

  public PaperProcessor(
      ReaderRegistry readers,
      SentenceSplitter sentences,
      AnnotatorPipeline annotators,
      long maxBytes) {
    this(readers, sentences, annotators, maxBytes, ReadLimits.DEFAULT.maxChars());
  }

  /**
   * @param maxChars papers whose text is longer are refused before cleaning and annotation, which
   *     hold several copies of the text and its annotations at once: what bounds the memory one
   *     paper takes (see {@link ReadLimits#DEFAULT})
   */
  public PaperProcessor(
      ReaderRegistry readers,
      SentenceSplitter sentences,
      AnnotatorPipeline annotators,
      long maxBytes,
      int maxChars) {
    this.readers = readers;
    this.sentences = sentences;
    this.annotators = annotators;
    this.maxBytes = maxBytes;
    this.maxChars = maxChars;
  }

  public static PaperProcessor standard() {
    return standard(ReadLimits.DEFAULT);
  }

  public static PaperProcessor standard(ReadLimits limits) {
    return new PaperProcessor(
        ReaderRegistry.standard(limits),
        SentenceSplitter.dutch(),
        AnnotatorRegistry.standard().pipeline(),
        limits.maxBytes(),
        limits.maxChars());
  }

  public ReaderRegistry readers() {
    return readers;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The reason given for a file over the size limit. */
  public String tooLarge(long size) {
    return "file too large: "
        + size
        + " bytes, the limit is "
        + maxBytes
        + " bytes (raise it with --max-file-size)";
  }

  /** The reason given for a paper whose text is over the character limit. */
  public String tooLong(int chars) {
    return "text too long to annotate: "
        + chars
        + " characters, the limit is "
        + maxChars
        + " (split the file, or raise the limit with --max-chars and the memory with"
        + " KOERS_JAVA_OPTS=-Xmx…)";
  }

  public int maxChars() {
    return maxChars;
  }

  public Outcome process(Path file) {
    String source = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return Outcome.failed(source, tooLarge(size));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Outcome.failed(source, "file vanished before it could be read");
    } catch (IOException e) {
      return Outcome.failed(source, "cannot read file: " + e.getMessage());
    }
    return process(source, bytes, Sidecar.metadataFor(file));
  }

  /** Processes bytes that came from {@code source} (a path or an upload's name). */
  public Outcome process(String source, byte[] bytes) {
    return process(source, bytes, Map.of());
  }

  /**
   * Processes bytes with metadata from beside the file (a KOOP {@code metadata.xml}), which wins
   * over what the file itself says.
   */
  public Outcome process(String source, byte[] bytes, Map<String, String> sidecar) {
    String fileName = Path.of(source).getFileName().toString();
    if (bytes.length == 0) {
      return Outcome.failed(source, "empty file");
    }
    if (bytes.length > maxBytes) {
      return Outcome.failed(source, tooLarge(bytes.length));
    }
    Optional<DocumentReader> reader = readers.readerFor(fileName, bytes);
    if (reader.isEmpty()) {
      return Outcome.unsupported(
          source, "unsupported format (readers: " + String.join(", ", readers.names()) + ")");
    }
    try {
      SourceText text = reader.get().read(fileName, bytes);
      if (!sidecar.isEmpty()) {
        text = text.withMetadata(sidecar);
      }
      if (text.text().length() > maxChars) {
        return Outcome.failed(source, tooLong(text.text().length()));
      }
      return Outcome.read(source, toDocument(source, fileName, bytes, text));
    } catch (NeedsOcrException e) {
      return Outcome.needsOcr(source, e.getMessage());
    } catch (ReadException e) {
      return Outcome.failed(source, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours must not end the batch; the message names it for a report.
      return Outcome.failed(source, "internal error while processing: " + e);
    } catch (OutOfMemoryError e) {
      // Everything this paper allocated is garbage once we are out of here, so the next file
      // has the heap back: the paper, not the batch, failed. The character limit makes this rare.
      return Outcome.failed(
          source,
          "ran out of memory while processing this paper ("
              + bytes.length
              + " bytes); give Koers more memory (KOERS_JAVA_OPTS=-Xmx4g) or split the file");
    } catch (VirtualMachineError e) {
      throw e; // the JVM itself is broken (InternalError, UnknownError): stop
    } catch (Error e) {
      // LinkageError, AssertionError, ...: one file's bad luck, not the batch's
      return Outcome.failed(source, "internal error while processing: " + e);
    }
  }

  private Document toDocument(String source, String fileName, byte[] bytes, SourceText text) {
    CleanText clean = cleaner.clean(text);
    List<Segment> segments = new ArrayList<>(clean.segments());
    for (Segment s : clean.segments()) {
      if (s.type().isPassage()
          && s.type() != SegmentType.HEADING
          && s.type() != SegmentType.TABLE) {
        for (TextSpan span : sentences.split(clean.text(), s.span().begin(), s.span().end())) {
          segments.add(new Segment(SegmentType.SENTENCE, span, null));
        }
      }
    }
    segments.sort(
        (a, b) ->
            a.span().begin() != b.span().begin()
                ? Integer.compare(a.span().begin(), b.span().begin())
                : Integer.compare(b.span().end(), a.span().end()));
    AnnotatedText annotated = new AnnotatedText(fileName, clean.text(), segments);
    annotators.annotate(annotated);
    SourceLinks.annotate(text.links(), clean, annotated);
    PaperFacts textFacts = PaperFacts.from(annotated.annotations());
    PaperFacts facts = textFacts.overriddenBy(text.metadata());
    String id = facts.id() != null ? facts.id() : idFromFileName(fileName);
    return new Document(
        id,
        source,
        text.format(),
        sha256(bytes),
        facts,
        clean.text(),
        clean.offsets(),
        annotated.segments(),
        annotated.annotations(),
        text.metadata(),
        facts.equals(textFacts) ? null : textFacts,
        text.notes());
  }

  /** A stable id for papers whose text gives no kst-id: the file name without extension. */
  public static String idFromFileName(String fileName) {
    String base = fileName;
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    id = id.replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "paper" : id;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
