package nl.koers.search;

/**
 * One paper that matched, with its best passage. {@code highlight} marks matched words with {@code
 * «} and {@code »}; {@code passageBegin} is the passage's offset in the cleaned text; {@code
 * dateInferred} marks a date Koers inferred from the text because the paper states none.
 */
public record SearchHit(
    String id,
    String source,
    String title,
    String date,
    boolean dateInferred,
    String kind,
    String dossier,
    float score,
    int passageBegin,
    String highlight,
    int matchingPassages) {}
