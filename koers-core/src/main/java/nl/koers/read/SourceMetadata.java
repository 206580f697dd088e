package nl.koers.read;

/**
 * Keys of {@link SourceText#metadata()}: what a source says about itself, in Koers' terms. Readers
 * map their format's fields onto these (KOOP {@code DC.identifier} becomes {@link #ID}); raw fields
 * are kept too, under their own names prefixed with {@code raw:}.
 */
public final class SourceMetadata {
  public static final String ID = "id";
  public static final String DOSSIER = "dossier";
  public static final String NUMBER = "number";
  public static final String KIND = "kind";
  public static final String DATE = "date";

  /** When the source was published; kept beside {@link #DATE}, never in its place. */
  public static final String PUBLISHED = "published";

  public static final String TITLE = "title";
  public static final String DOSSIER_TITLE = "dossierTitle";
  public static final String CREATOR = "creator";
  public static final String AUTHOR = "author";
  public static final String RAW_PREFIX = "raw:";

  private SourceMetadata() {}
}
