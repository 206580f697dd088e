package nl.koers.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.koers.analyse.PaperDate;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.document.Json;
import nl.koers.document.Motion;
import nl.koers.document.PaperFacts;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a Koers {@link Document} to Lucene entries: one paper entry (metadata and the stored JSON of
 * the whole document) followed by one entry per passage (paragraph, numbered point, heading or
 * footnote). Very long paragraphs are cut at sentence ends into passages of at most {@value
 * #MAX_PASSAGE} characters so a 50 MB single line still ranks and highlights well.
 */
public final class DocumentMapper {
  static final int MAX_PASSAGE = 3000;

  /**
   * The version of what Koers derives from a paper. Bumped when annotators change, so that
   * ingesting an unchanged file again re-annotates it instead of reporting it unchanged.
   */
  static final int PIPELINE_VERSION = 7;

  /** What identifies an indexed paper's content and the pipeline that read it. */
  public static String fingerprint(String sha256) {
    // the compound dictionary shapes the index too: another word list means analysing again
    return sha256 + "@" + PIPELINE_VERSION + "/" + CompoundDictionary.standard().id();
  }

  private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

  static {
    TEXT_WITH_OFFSETS.setTokenized(true);
    TEXT_WITH_OFFSETS.setStored(true);
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /** A paper's whole text, for ranking papers: positions for phrases, nothing stored. */
  private static final FieldType BODY_FIELD = new FieldType();

  static {
    BODY_FIELD.setTokenized(true);
    BODY_FIELD.setStored(false);
    BODY_FIELD.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    BODY_FIELD.freeze();
  }

  private static final FieldType FACTS_FIELD = new FieldType();

  static {
    FACTS_FIELD.setTokenized(true);
    FACTS_FIELD.setStored(false);
    FACTS_FIELD.setOmitNorms(true);
    FACTS_FIELD.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    FACTS_FIELD.freeze();
  }

  /**
   * What the paper is and whom it concerns, as searchable text: a query for a member finds the
   * paper that answers her request before one that merely lists her among those present.
   */
  static String factsText(Document d) {
    PaperFacts f = d.facts();
    List<String> parts = new ArrayList<>();
    parts.add(d.id());
    if (f.id() != null) {
      parts.add(f.id());
    }
    if (f.dossier() != null) {
      parts.add(f.dossier());
    }
    parts.addAll(f.signatories());
    f.requests().forEach(r -> parts.add(r.member()));
    f.motions().stream().map(Motion::member).filter(java.util.Objects::nonNull).forEach(parts::add);
    parts.addAll(f.kamerstukRefs());
    return String.join(" . ", parts);
  }

  /** The entries of one paper, paper entry first, without ingest times (papers count as old). */
  public List<org.apache.lucene.document.Document> toLucene(Document d) {
    return toLucene(d, 0, 0);
  }

  /**
   * The entries of one paper, paper entry first; written together as a block.
   *
   * @param ingested when the paper id first entered the index (epoch ms), 0 when unknown
   * @param changed when this version was indexed (epoch ms), 0 when unknown
   */
  public List<org.apache.lucene.document.Document> toLucene(
      Document d, long ingested, long changed) {
    List<org.apache.lucene.document.Document> out = new ArrayList<>();
    String title = PaperTitle.of(d);
    Shared shared =
        new Shared(
            PaperDate.of(d),
            distinct(d, AnnotationType.ENTITY),
            distinct(d, AnnotationType.TOPIC),
            title);
    org.apache.lucene.document.Document paper = common(d, shared, Fields.TYPE_DOC);
    try {
      paper.add(new StoredField(Fields.JSON, Json.mapper().writeValueAsBytes(d)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("document " + d.id() + " cannot be written as JSON", e);
    }
    paper.add(new StringField(Fields.SHA256, fingerprint(d.sha256()), Field.Store.YES));
    if (d.format() != null) {
      paper.add(new StoredField(Fields.FORMAT, d.format()));
    }
    stamp(paper, Fields.INGESTED, ingested);
    stamp(paper, Fields.CHANGED, changed);
    List<int[]> passages = passages(d);
    String facts = factsText(d);
    // the paper entry is what a search ranks: its title, its whole running text and its facts
    paper.add(new Field(Fields.TITLE_TEXT, title, FACTS_FIELD));
    paper.add(new Field(Fields.BODY, body(d, passages), BODY_FIELD));
    paper.add(new Field(Fields.FACTS, facts, FACTS_FIELD));
    out.add(paper);
    for (int[] p : passages) {
      org.apache.lucene.document.Document passage = common(d, shared, Fields.TYPE_PASSAGE);
      passage.add(new Field(Fields.TEXT, d.text().substring(p[0], p[1]), TEXT_WITH_OFFSETS));
      passage.add(new StoredField(Fields.PASSAGE_BEGIN, p[0]));
      passage.add(new NumericDocValuesField(Fields.PASSAGE_BEGIN, p[0]));
      passage.add(new NumericDocValuesField(Fields.PASSAGE_LENGTH, p[1] - p[0]));
      out.add(passage);
    }
    return out;
  }

  /** A time as a point (range queries), a stored value and doc values; 0 (unknown) is left out. */
  private static void stamp(org.apache.lucene.document.Document paper, String field, long millis) {
    if (millis > 0) {
      paper.add(new LongPoint(field, millis));
      paper.add(new StoredField(field, millis));
      paper.add(new NumericDocValuesField(field, millis));
    }
  }

  /** The passages' text, a blank line apart. */
  private static String body(Document d, List<int[]> passages) {
    StringBuilder b = new StringBuilder();
    for (int[] p : passages) {
      b.append(d.text(), p[0], p[1]).append("\n\n");
    }
    return b.toString();
  }

  /** What every entry of a paper carries, computed once per paper, not once per passage. */
  private record Shared(
      PaperDate when, TreeSet<String> entities, TreeSet<String> topics, String title) {}

  private static org.apache.lucene.document.Document common(
      Document d, Shared shared, String type) {
    PaperDate when = shared.when();
    PaperFacts f = d.facts();
    org.apache.lucene.document.Document e = new org.apache.lucene.document.Document();
    e.add(new StringField(Fields.TYPE, type, Field.Store.NO));
    e.add(new StringField(Fields.DOC_ID, d.id(), Field.Store.YES));
    e.add(new SortedDocValuesField(Fields.DOC_ID, new BytesRef(d.id())));
    e.add(new StringField(Fields.SOURCE, d.source(), Field.Store.YES));
    if (f.kind() != null) {
      e.add(new StringField(Fields.KIND, f.kind(), Field.Store.YES));
      e.add(new SortedSetDocValuesField(Fields.KIND, new BytesRef(f.kind())));
    }
    if (f.dossier() != null) {
      e.add(new StringField(Fields.DOSSIER, f.dossier(), Field.Store.YES));
      e.add(new SortedSetDocValuesField(Fields.DOSSIER, new BytesRef(f.dossier())));
    }
    for (String author : new TreeSet<>(f.signatories())) {
      e.add(new StringField(Fields.AUTHOR, author, Field.Store.NO));
      e.add(new SortedSetDocValuesField(Fields.AUTHOR, new BytesRef(author)));
    }
    for (String id : shared.entities()) {
      e.add(new StringField(Fields.ENTITY, id, Field.Store.NO));
      e.add(new SortedSetDocValuesField(Fields.ENTITY, new BytesRef(id)));
    }
    for (String id : shared.topics()) {
      e.add(new StringField(Fields.TOPIC, id, Field.Store.NO));
      e.add(new SortedSetDocValuesField(Fields.TOPIC, new BytesRef(id)));
    }
    if (when.date() != null) {
      LocalDate date = when.date();
      e.add(new LongPoint(Fields.DATE_DAYS, date.toEpochDay()));
      e.add(new NumericDocValuesField(Fields.DATE_DAYS, date.toEpochDay()));
      e.add(new StoredField(Fields.DATE, date.toString()));
      e.add(new StoredField(Fields.DATE_INFERRED, Boolean.toString(when.inferred())));
      e.add(
          new SortedSetDocValuesField(Fields.YEAR, new BytesRef(Integer.toString(date.getYear()))));
    } else {
      // Lucene wants every entry to index a field the same way: undated papers sort last.
      e.add(new LongPoint(Fields.DATE_DAYS, Long.MIN_VALUE));
      e.add(new NumericDocValuesField(Fields.DATE_DAYS, Long.MIN_VALUE));
    }
    e.add(new StoredField(Fields.TITLE, shared.title()));
    return e;
  }

  private static TreeSet<String> distinct(Document d, AnnotationType type) {
    TreeSet<String> ids = new TreeSet<>();
    d.annotations(type).forEach(a -> ids.add(a.value()));
    return ids;
  }

  /** A title for display: see {@link PaperTitle}. */
  public static String title(Document d) {
    return PaperTitle.of(d);
  }

  static List<int[]> passages(Document d) {
    List<int[]> out = new ArrayList<>();
    List<Segment> sentences = d.segments(SegmentType.SENTENCE);
    for (Segment s : d.segments()) {
      if (!s.type().isPassage()) {
        continue;
      }
      int b = s.span().begin();
      int e = s.span().end();
      if (e - b <= MAX_PASSAGE) {
        out.add(new int[] {b, e});
        continue;
      }
      int start = b;
      for (Segment sentence : sentences) {
        int end = sentence.span().end();
        if (end <= start || sentence.span().begin() < b || end > e) {
          continue;
        }
        if (end - start >= MAX_PASSAGE / 2) {
          cut(out, start, end);
          start = end;
        }
      }
      if (start < e) {
        cut(out, start, e);
      }
    }
    return out;
  }

  /** Adds [b, e) as passages of at most MAX_PASSAGE characters, cut at spaces where possible. */
  private static void cut(List<int[]> out, int b, int e) {
    while (e - b > MAX_PASSAGE) {
      out.add(new int[] {b, b + MAX_PASSAGE});
      b += MAX_PASSAGE;
    }
    if (e > b) {
      out.add(new int[] {b, e});
    }
  }

  /** Reads a paper entry's stored JSON back into a Koers document. */
  public static Document fromStored(org.apache.lucene.document.Document paper) throws IOException {
    BytesRef json = paper.getBinaryValue(Fields.JSON);
    return Json.mapper().readValue(json.bytes, json.offset, json.length, Document.class);
  }
}
