package nl.koers.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.koers.document.OffsetMap;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/**
 * PDF, Word (DOCX and DOC), OpenDocument text, RTF and HTML through Apache Tika, in-process. The
 * format is sniffed from the content, so a renamed PDF is still a PDF. Each parse runs under the
 * {@link ReadLimits}: a time limit, a text limit (Tika's own zip-bomb guard sits below it), and PDF
 * pages without a text layer are reported as needing OCR rather than indexed empty.
 */
public final class TikaReader implements DocumentReader {
  private static final Map<String, String> FORMATS =
      Map.of(
          "application/pdf", "pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
          "application/msword", "doc",
          "application/x-tika-msoffice", "doc",
          "application/vnd.oasis.opendocument.text", "odt",
          "application/rtf", "rtf",
          "text/html", "html",
          "application/xhtml+xml", "html");

  /** Parses run here so that a stuck one can be abandoned; daemon threads never block exit. */
  private static final ExecutorService PARSERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "koers-tika");
            t.setDaemon(true);
            return t;
          });

  private static final int MIN_LETTERS_PER_PAGE = 10;

  /** Tika's parsers and detector are thread-safe and slow to load: one set per process. */
  private static final class Tika {
    static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
    static final AutoDetectParser PARSER = new AutoDetectParser(CONFIG);
    static final Detector DETECTOR = CONFIG.getDetector();
  }

  private final ReadLimits limits;

  public TikaReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public String name() {
    return "tika";
  }

  /** The format Tika sniffs for this content, or null when it is none of ours. */
  public String formatOf(String fileName, byte[] bytes) {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      MediaType type = Tika.DETECTOR.detect(in, md);
      return FORMATS.get(type.getBaseType().toString());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    String format = formatOf(fileName, head);
    if (format == null) {
      return false;
    }
    if (format.equals("html")) {
      // Markdown exports carry inline tags; only a real HTML document is read as HTML.
      String start =
          new String(head, 0, Math.min(head.length, 2048), java.nio.charset.StandardCharsets.UTF_8)
              .toLowerCase(Locale.ROOT);
      return start.contains("<html") || start.contains("<!doctype html");
    }
    return true;
  }

  @Override
  public SourceText read(String fileName, byte[] bytes) throws ReadException {
    String format = formatOf(fileName, bytes);
    if (format == null) {
      throw new ReadException("not a format Tika reads for Koers");
    }
    Future<SourceText> future = PARSERS.submit(() -> parse(fileName, bytes, format));
    try {
      return future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ReadException(
          "parsing took longer than "
              + limits.timeout().toMillis()
              + " ms; gave up on this file (raise --parse-timeout if it is real)");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ReadException("interrupted while parsing");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ReadException re) {
        throw re;
      }
      throw new ReadException(format + " could not be parsed: " + describe(cause));
    }
  }

  private SourceText parse(String fileName, byte[] bytes, String format) throws ReadException {
    boolean pdf = format.equals("pdf");
    XhtmlText handler = new XhtmlText(pdf, limits.maxChars());
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    try (InputStream in = TikaInputStream.get(bytes)) {
      Tika.PARSER.parse(in, handler, md, context());
    } catch (EncryptedDocumentException e) {
      throw new ReadException(format + " is encrypted (password-protected); save it unprotected");
    } catch (ZeroByteFileException e) {
      throw new ReadException("empty file");
    } catch (XhtmlText.TooMuchText e) {
      throw new ReadException(
          e.getMessage() + "; refused (a zip bomb or a runaway file? raise the limit if real)");
    } catch (SAXException | TikaException | IOException e) {
      String reason = describe(e);
      throw new ReadException(
          reason.startsWith("a zip bomb")
              ? format + " is " + reason
              : format + " is corrupt or unreadable: " + reason);
    }
    List<String> notes = new ArrayList<>();
    String text;
    if (pdf) {
      List<String> pages = handler.pages();
      List<Integer> empty = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        if (letters(pages.get(i)) < MIN_LETTERS_PER_PAGE) {
          empty.add(i + 1);
        }
      }
      if (!pages.isEmpty() && empty.size() == pages.size()) {
        throw new NeedsOcrException(
            "needs OCR: none of its "
                + pages.size()
                + " page(s) has a text layer"
                + (limits.ocr() ? " and Tesseract is not installed" : " (run with --ocr)"));
      }
      for (int page : empty) {
        notes.add("page " + page + " of " + pages.size() + " has no text layer (needs OCR)");
      }
      text = RunningLines.join(pages);
    } else {
      text = handler.text();
    }
    if (text.isBlank()) {
      throw new ReadException(format + " holds no text");
    }
    return new SourceText(
        text,
        OffsetMap.identity(),
        format,
        "UTF-8",
        pdf ? List.of() : handler.headings(),
        pdf ? List.of() : handler.tables(),
        List.of(),
        metadata(md),
        notes);
  }

  private ParseContext context() {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(limits.ocr());
    pdf.setOcrStrategy(
        limits.ocr() ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(!limits.ocr());
    ocr.setLanguage("nld+eng");
    context.set(TesseractOCRConfig.class, ocr);
    return context;
  }

  /** The document properties worth keeping, as the source states them. */
  private static Map<String, String> metadata(Metadata md) {
    Map<String, String> out = new LinkedHashMap<>();
    String title = md.get(TikaCoreProperties.TITLE);
    if (title != null && !title.isBlank()) {
      out.put(SourceMetadata.RAW_PREFIX + "title", title.strip());
    }
    String creator = md.get(TikaCoreProperties.CREATOR);
    if (creator != null && !creator.isBlank()) {
      out.put(SourceMetadata.RAW_PREFIX + "creator", creator.strip());
    }
    String created = md.get(TikaCoreProperties.CREATED);
    if (created != null && !created.isBlank()) {
      out.put(SourceMetadata.RAW_PREFIX + "created", created.strip());
    }
    return out;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length() && n < MIN_LETTERS_PER_PAGE; i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
      return "a zip bomb (expands far beyond its size); refused";
    }
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }

  /** Whether a Tesseract executable is on the PATH. */
  public static boolean tesseractInstalled() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "tesseract"))) {
        return true;
      }
    }
    return false;
  }
}
