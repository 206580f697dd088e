package nl.koers.pipeline;

import java.util.List;
import java.util.Map;
import nl.koers.annotate.AnnotatedText;
import nl.koers.clean.CleanText;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.read.SourceLink;

/**
 * Turns the links a source makes itself ({@code <extref doc="kst-…">}) into references over the
 * cleaned text. A link the text's own reference finder already made is not made twice; one it
 * missed is added, marked {@code source=link}: the publisher's link is the stronger evidence.
 */
final class SourceLinks {
  private SourceLinks() {}

  static void annotate(List<SourceLink> links, CleanText clean, AnnotatedText text) {
    if (links.isEmpty()) {
      return;
    }
    int[] firstClean = firstCleanOffsets(clean);
    for (SourceLink link : links) {
      if (!link.target().startsWith("kst-")) {
        continue;
      }
      int begin = cleanAt(firstClean, link.span().begin(), link.span().end());
      if (begin < 0) {
        continue;
      }
      int end = begin;
      while (end < clean.text().length()
          && clean.offsets().toOriginal(end) < link.span().end()
          && clean.offsets().toOriginal(end) >= link.span().begin()) {
        end++;
      }
      boolean known = false;
      for (Annotation a : text.annotations(AnnotationType.KAMERSTUK_REF)) {
        if (a.value().equals(link.target())
            && a.span().begin() < Math.max(end, begin + 1)
            && a.span().end() > begin) {
          known = true;
          break;
        }
      }
      if (!known) {
        text.add(
            AnnotationType.KAMERSTUK_REF,
            begin,
            Math.max(end, begin),
            link.target(),
            Map.of("source", "link"));
      }
    }
  }

  /** For every source offset, the first cleaned offset that came from it, or -1. */
  private static int[] firstCleanOffsets(CleanText clean) {
    int max = 0;
    for (int c = 0; c < clean.text().length(); c++) {
      max = Math.max(max, clean.offsets().toOriginal(c));
    }
    int[] first = new int[max + 2];
    java.util.Arrays.fill(first, -1);
    for (int c = 0; c < clean.text().length(); c++) {
      int o = clean.offsets().toOriginal(c);
      if (o >= 0 && first[o] < 0) {
        first[o] = c;
      }
    }
    return first;
  }

  private static int cleanAt(int[] first, int begin, int end) {
    for (int o = Math.max(0, begin); o < Math.min(end, first.length); o++) {
      if (first[o] >= 0) {
        return first[o];
      }
    }
    return -1;
  }
}
