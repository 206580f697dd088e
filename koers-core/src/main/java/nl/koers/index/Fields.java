package nl.koers.index;

/** Lucene field names, shared by the mapper and the searcher. */
public final class Fields {
  public static final String TYPE = "type";
  public static final String TYPE_DOC = "doc";
  public static final String TYPE_PASSAGE = "passage";
  public static final String DOC_ID = "docid";
  public static final String SOURCE = "source";
  public static final String SHA256 = "sha256";
  public static final String KIND = "kind";
  public static final String DOSSIER = "dossier";
  public static final String DATE = "date";
  public static final String DATE_DAYS = "date_days";
  public static final String YEAR = "year";
  public static final String TITLE = "title";
  public static final String TEXT = "text";

  /** The paper's facts as text: its ids, people in requests, motions and signatures, citations. */
  public static final String FACTS = "facts";

  public static final String PASSAGE_BEGIN = "passage_begin";
  public static final String JSON = "json";

  private Fields() {}
}
