package nl.koers.search;

/**
 * One paper that matched, with its best passage. {@code highlight} marks matched words with {@code
 * «} and {@code »}; {@code passageBegin} is the passage's offset in the cleaned text.
 */
public record SearchHit(
    String id,
    String source,
    String title,
    String date,
    String kind,
    String dossier,
    float score,
    int passageBegin,
    String highlight,
    int matchingPassages) {}
