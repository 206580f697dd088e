package nl.koers.index;

import java.util.Map;
import nl.koers.pipeline.Outcome;

/**
 * One file made ready for the index off the writer's thread ({@link PaperIndex#prepare}): its
 * fingerprint and, unless the index already held those bytes when it was prepared, what the
 * pipeline made of it. The writer decides what to do with it ({@link PaperIndex#write}), in input
 * order.
 *
 * @param source the file's path (or an upload's name)
 * @param sha the content fingerprint ({@link DocumentMapper#fingerprint}); null when {@code early}
 *     is set
 * @param early an outcome decided before the pipeline ran (the file could not be read); otherwise
 *     null
 * @param outcome what the pipeline made of the file; null when the bytes were known already, so the
 *     pipeline was skipped
 * @param bytes the file's bytes, kept only when the pipeline was skipped: should the index no
 *     longer know them when the writer gets here, it runs the pipeline itself
 * @param sidecar metadata from beside the file, kept with {@code bytes}
 */
public record PreparedPaper(
    String source,
    String sha,
    IngestResult early,
    Outcome outcome,
    byte[] bytes,
    Map<String, String> sidecar) {

  static PreparedPaper early(IngestResult result) {
    return new PreparedPaper(result.source(), null, result, null, null, null);
  }
}
