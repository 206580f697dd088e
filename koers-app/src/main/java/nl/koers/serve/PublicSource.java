package nl.koers.serve;

import java.nio.file.Path;
import java.util.List;
import nl.koers.document.Document;
import nl.koers.search.SearchHit;
import nl.koers.search.SearchResults;

/**
 * What the server tells a client about where a paper came from: the file's name, never the path it
 * has on the server. A path names the server's users and folders to anyone who can search; the name
 * is what a reader recognises, and the original stays one link away ({@code /original}).
 */
final class PublicSource {
  private PublicSource() {}

  /** The file name of a source path or upload name; null stays null. */
  static String of(String source) {
    if (source == null || source.isBlank()) {
      return source;
    }
    // a Windows path read on Linux (or the other way round) still loses its folders
    String s = source.replace('\\', '/');
    Path name = Path.of(s.endsWith("/") ? s.substring(0, s.length() - 1) : s).getFileName();
    return name == null ? s : name.toString();
  }

  static SearchHit hit(SearchHit h) {
    return new SearchHit(
        h.id(),
        of(h.source()),
        h.title(),
        h.date(),
        h.dateInferred(),
        h.kind(),
        h.dossier(),
        h.score(),
        h.passageBegin(),
        h.highlight(),
        h.matchingPassages());
  }

  static List<SearchHit> hits(List<SearchHit> hits) {
    return hits.stream().map(PublicSource::hit).toList();
  }

  static SearchResults results(SearchResults r) {
    return new SearchResults(
        r.query(),
        r.totalPapers(),
        hits(r.hits()),
        r.facets(),
        r.tookMillis(),
        r.english(),
        r.expandedTo(),
        r.notice(),
        r.suggestions());
  }

  /** The paper as a client sees it: the same, with the source's file name for its path. */
  static Document document(Document d, boolean withText) {
    return new Document(
        d.id(),
        of(d.source()),
        d.format(),
        d.sha256(),
        d.facts(),
        withText ? d.text() : "",
        d.offsets(),
        withText ? d.segments() : List.of(),
        withText ? d.annotations() : List.of(),
        d.sourceMetadata(),
        d.textFacts(),
        d.notes());
  }
}
