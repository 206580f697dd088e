package nl.koers.annotate.metadata;

/** Regular-expression parts for Dutch personal names as papers print them. */
public final class Names {
  /** Surname particles ({@code van der Staaij}, {@code Ten Broeke}). */
  public static final String PARTICLES =
      "(?:(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]en|[Tt]er|[Hh]et|['’]t|[Ii]n|[Dd]'|[Ll]a|[Ll]e|[Vv]on)\\s+){0,3}";

  /**
   * One capitalised name word, possibly double-barrelled ({@code Nijhof-Leeuw}, {@code Al-Malki}).
   */
  public static final String WORD =
      "\\p{Lu}[\\p{Ll}'’][\\p{L}'’]*(?:-(?:(?:van|de|der|den)\\s+){0,2}\\p{Lu}[\\p{L}'’]+)*";

  /** Capitalised words that open a section, never a name: stops a name running into them. */
  static final String NOT_A_NAME =
      "(?!(?:Inhoudsopgave|Bijlage|Bijlagen|Voorzitter|Griffier|Verslag|Vragen|Vraag|Antwoord|Antwoorden"
          + "|Inleiding|Samenvatting|Geachte|Hoogachtend|Schriftelijke|Aanvang|Aanwezig|Sluiting)(?![\\p{L}]))";

  /** A surname as a member of parliament is cited: {@code Piri}, {@code Van Helvert}. */
  public static final String SURNAME = PARTICLES + WORD;

  /**
   * A name at a signature: optional titles and initials, a surname, and at most one more
   * capitalised word that does not start a new sentence ({@code H.G.J. Bruins Slot}, {@code Frans
   * Timmermans}, {@code Mr. Dr. J.P. Balkenende}).
   */
  public static final String SIGNATURE_NAME =
      "(?!(?:[Mm]inister|[Ss]taatssecretaris|[Vv]oorzitter|[Gg]riffier)(?![\\p{L}]))"
          + "(?:(?:Mr|Dr|Drs|Prof|Ir|Ing)\\.\\s?)*(?:(?:\\p{Lu}(?:h|hr|Ch)?\\.\\s?){1,6}|\\p{Lu}\\p{Ll}+[ ](?=(?:"
          + PARTICLES
          + ")?\\p{Lu}))?"
          + NOT_A_NAME
          + SURNAME
          + "(?:[ \\t]"
          + NOT_A_NAME
          + "(?:"
          + PARTICLES
          + ")?\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?![\\p{L}])(?=\\s*(?:\\n|$|,|;|\\.(?:\\s|$))))?"
          + "(?![\\p{L}])(?!\\s+\\p{Ll})";

  private Names() {}
}
