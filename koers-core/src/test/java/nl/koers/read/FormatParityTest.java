package nl.koers.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.document.PaperFacts;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same paper in every format Koers reads yields the same cleaned running text, footnotes,
 * clerk's facts and references. Documented differences: a PDF has no table structure (its rows come
 * out as lines, not a {@code table} segment), keeps its parliamentary footers as {@code
 * page_footer} segments and notes its image-only page; HTML carries its footnotes at the end, so
 * references made in them come later in the list.
 */
class FormatParityTest {
  private static final Fixtures FIXTURES = new Fixtures();
  private static final PaperProcessor PROCESSOR = PaperProcessor.standard();
  private static Document plain;

  @BeforeAll
  static void readPlainText() {
    plain = read("sample.txt", FIXTURES.text().getBytes(StandardCharsets.UTF_8), "text");
  }

  static Document read(String name, byte[] bytes, String format) {
    Outcome o = PROCESSOR.process(name, bytes);
    assertThat(o.status()).as(name + ": " + o.reason()).isEqualTo(Outcome.Status.READ);
    assertThat(o.document().format()).isEqualTo(format);
    return o.document();
  }

  static byte[] bytes(String format) {
    return switch (format) {
      case "html" -> FIXTURES.html();
      case "docx" -> FIXTURES.docx();
      case "odt" -> FIXTURES.odt();
      case "rtf" -> FIXTURES.rtf();
      case "pdf" -> FIXTURES.pdf(Fixtures.PdfOptions.LAYOUT);
      case "koop-xml" -> FIXTURES.koopXml(false);
      default -> throw new IllegalArgumentException(format);
    };
  }

  static String extension(String format) {
    return format.equals("koop-xml") ? "xml" : format;
  }

  /** Running text in order, whitespace collapsed: what a reader of the paper reads. */
  static String runningText(Document d) {
    Set<SegmentType> running =
        Set.of(
            SegmentType.PARAGRAPH,
            SegmentType.NUMBERED_POINT,
            SegmentType.HEADING,
            SegmentType.TABLE);
    return d.segments().stream()
        .filter(s -> running.contains(s.type()))
        .map(s -> d.quote(s.span()))
        .collect(Collectors.joining(" "))
        .replaceAll("\\s+", " ");
  }

  static List<String> footnotes(Document d) {
    return d.segments(SegmentType.FOOTNOTE).stream().map(s -> d.quote(s.span())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "docx", "odt", "pdf", "koop-xml"})
  void sameTextFootnotesAndFactsAsPlainText(String format) {
    Document d = read("sample." + extension(format), bytes(format), format);
    assertThat(runningText(d)).isEqualTo(runningText(plain));
    assertThat(footnotes(d)).isEqualTo(footnotes(plain)).hasSize(1);
    assertThat(d.segments(SegmentType.FOOTNOTE_REF)).hasSize(1);
    PaperFacts f = d.facts();
    PaperFacts p = plain.facts();
    assertThat(f.id()).isEqualTo("kst-21501-02-3101").isEqualTo(p.id());
    assertThat(f.dossier()).isEqualTo(p.dossier());
    assertThat(f.dossierTitle()).isEqualTo(p.dossierTitle());
    assertThat(f.heading()).isEqualTo(p.heading());
    assertThat(f.kind()).isEqualTo(p.kind());
    assertThat(f.authorRole()).isEqualTo(p.authorRole());
    assertThat(f.date()).isEqualTo("2026-03-03").isEqualTo(p.date());
    assertThat(f.signatories()).containsExactly("A.B. de Vries").isEqualTo(p.signatories());
    // HTML puts its footnotes at the end, so a reference in a footnote comes later there
    assertThat(f.kamerstukRefs())
        .containsExactlyInAnyOrder("kst-21501-02-3090", "kst-21501-02-3055")
        .containsExactlyInAnyOrderElementsOf(p.kamerstukRefs());
    assertThat(f.meetings()).isEqualTo(p.meetings()).isNotEmpty();
    assertThat(f.motions()).isEqualTo(p.motions()).hasSize(1);
    assertThat(d.annotations(AnnotationType.FIGURE).stream().map(a -> a.value()).toList())
        .isEqualTo(plain.annotations(AnnotationType.FIGURE).stream().map(a -> a.value()).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "docx", "odt", "koop-xml"})
  void tablesStayTables(String format) {
    Document d = read("sample." + extension(format), bytes(format), format);
    List<Segment> tables = d.segments(SegmentType.TABLE);
    assertThat(tables).hasSize(1);
    List<String> rows = List.of(d.quote(tables.get(0).span()).split("\n"));
    assertThat(rows)
        .containsExactly(
            "Bestemming\t2025\t2026", "Oekraïne\t3.500\t3.500", "Humanitaire hulp Gaza\t45\t60");
    // a table is not cut into sentences
    assertThat(d.segments(SegmentType.SENTENCE))
        .noneMatch(
            s ->
                s.span().begin() >= tables.get(0).span().begin()
                    && s.span().end() <= tables.get(0).span().end());
  }

  @Test
  void pdfLayoutIsUndone() {
    Document d = read("sample.pdf", bytes("pdf"), "pdf");
    // the running header is gone from every page, the parliamentary footer is a footer
    assertThat(d.text()).doesNotContain(Fixtures.RUNNING_HEADER);
    assertThat(d.segments(SegmentType.PAGE_FOOTER))
        .extracting(s -> d.quote(s.span()))
        .allMatch(q -> q.startsWith(Fixtures.FOOTER))
        .hasSize(3);
    // the word hyphenated across the page break is whole again, in one paragraph
    assertThat(runningText(d)).contains("munitie en " + Fixtures.HYPHENATED + " voorrang");
    assertThat(d.text()).doesNotContain("lucht-");
    // the two columns are two paragraphs, not interleaved lines
    List<String> paragraphs =
        d.segments(SegmentType.PARAGRAPH).stream().map(s -> d.quote(s.span())).toList();
    for (SamplePaper.Block column : FIXTURES.paper().of(SamplePaper.Kind.COLUMN)) {
      assertThat(paragraphs).contains(column.text());
    }
    // the image-only page is reported, not silently skipped
    assertThat(d.notes()).containsExactly("page 3 of 4 has no text layer (needs OCR)");
  }

  /** RTF is read with its facts; its footnote text stays inline (see docs/formats.md). */
  @Test
  void rtfIsReadWithItsFacts() {
    Document d = read("sample.rtf", bytes("rtf"), "rtf");
    assertThat(d.facts().id()).isEqualTo("kst-21501-02-3101");
    assertThat(d.facts().date()).isEqualTo(plain.facts().date());
    assertThat(d.facts().signatories()).isEqualTo(plain.facts().signatories());
    assertThat(d.facts().kamerstukRefs())
        .containsExactlyInAnyOrderElementsOf(plain.facts().kamerstukRefs());
    assertThat(runningText(d)).contains("munitie en luchtverdediging voorrang");
  }

  @Test
  void renamedPdfIsStillReadAsPdf() {
    Document d = read("sample-renamed.txt", bytes("pdf"), "pdf");
    assertThat(runningText(d)).isEqualTo(runningText(plain));
  }

  @Test
  void koopExtrefsBecomeReferencesFromTheSource() {
    Document d = read("kst-21501-02-3101.xml", FIXTURES.koopXml(false), "koop-xml");
    // both references were found in the text; the publisher's links confirm them, no duplicates
    assertThat(d.annotations(AnnotationType.KAMERSTUK_REF))
        .extracting(a -> a.value())
        .containsExactly("kst-21501-02-3090", "kst-21501-02-3055");
    assertThat(d.segments(SegmentType.HEADING))
        .extracting(s -> d.quote(s.span()))
        .contains("Midden-Oosten", "Nederlandse bijdragen (x € 1 miljoen)");
  }
}
