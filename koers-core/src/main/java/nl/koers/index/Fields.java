package nl.koers.index;

/** Lucene field names, shared by the mapper and the searcher. */
public final class Fields {
  public static final String TYPE = "type";
  public static final String TYPE_DOC = "doc";
  public static final String TYPE_PASSAGE = "passage";
  public static final String DOC_ID = "docid";

  /**
   * A file that holds a paper the index already has from another file (same kst/ah id, another
   * format or copy): remembered so that ingesting it again is "unchanged", never searched.
   */
  public static final String TYPE_ALIAS = "alias";

  /** On an alias entry: the id of the paper it is a version of. */
  public static final String ALIAS_OF = "alias_of";

  /** On an alias entry: the file it stands for. */
  public static final String ALIAS_SOURCE = "alias_source";

  /** On a paper entry: the format its text was read from ({@code pdf}, {@code text}, …). */
  public static final String FORMAT = "format";

  public static final String SOURCE = "source";
  public static final String SHA256 = "sha256";
  public static final String KIND = "kind";
  public static final String DOSSIER = "dossier";
  public static final String DATE = "date";
  public static final String DATE_DAYS = "date_days";
  public static final String YEAR = "year";
  public static final String TITLE = "title";
  public static final String TEXT = "text";

  /** A paper's whole running text, on the paper entry: what searches rank papers by. */
  public static final String BODY = "body";

  /** The paper's display title as searchable text, on the paper entry. */
  public static final String TITLE_TEXT = "title_text";

  /** The paper's facts as text: its ids, people in requests, motions and signatures, citations. */
  public static final String FACTS = "facts";

  /** Entity ids the paper mentions; indexed and as doc values for facet counts. */
  public static final String ENTITY = "entity";

  /** Topic ids of the paper's paragraphs. */
  public static final String TOPIC = "topic";

  /** The people who signed or submitted the paper. */
  public static final String AUTHOR = "author";

  /** "true" when the paper's date was inferred from its text, not stated. */
  public static final String DATE_INFERRED = "date_inferred";

  /** Facet fields, counted from sorted-set doc values. */
  public static final java.util.List<String> FACETS =
      java.util.List.of(KIND, YEAR, DOSSIER, AUTHOR, ENTITY, TOPIC);

  public static final String PASSAGE_BEGIN = "passage_begin";

  /** A passage's length in characters, as doc values: snippets weigh length without the text. */
  public static final String PASSAGE_LENGTH = "passage_length";

  public static final String JSON = "json";

  /**
   * On a paper entry: when this paper id first entered the index, in epoch milliseconds (point,
   * stored, doc values). Kept when a new version replaces the paper, so a watch alerts on papers
   * that are new to the index, also late-arriving old ones. Papers indexed before the field existed
   * have none and count as old.
   */
  public static final String INGESTED = "ingested";

  /** On a paper entry: when this version of the paper was indexed, in epoch milliseconds. */
  public static final String CHANGED = "changed";

  private Fields() {}
}
