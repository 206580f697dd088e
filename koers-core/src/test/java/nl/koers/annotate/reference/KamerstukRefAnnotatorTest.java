package nl.koers.annotate.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.koers.annotate.AnnotatedText;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import org.junit.jupiter.api.Test;

class KamerstukRefAnnotatorTest {
  private static List<String> refs(String text) {
    AnnotatedText t = new AnnotatedText("x.txt", text, List.of());
    new KamerstukRefAnnotator().annotate(t);
    return t.annotations(AnnotationType.KAMERSTUK_REF).stream()
        .map(Annotation::value)
        .distinct()
        .toList();
  }

  @Test
  void normalisesEverySpellingPapersUse() {
    assertThat(refs("zie Kamerstuk 21 501-02, nr. 1446.")).containsExactly("kst-21501-02-1446");
    assertThat(refs("Kamerstukken II 2024/25, 21 501-02, nr. 2958"))
        .containsExactly("kst-21501-02-2958");
    assertThat(refs("(Kamerstuk 21 501 02, nr. 2234)")).containsExactly("kst-21501-02-2234");
    assertThat(refs("Kamerstuk 36600 XVII, nr. 82")).containsExactly("kst-36600-XVII-82");
    assertThat(refs("Kamerstuk 21501-20-2360")).containsExactly("kst-21501-20-2360");
    assertThat(refs("zoals gemeld (22 181, nr. 311).")).containsExactly("kst-22181-311");
    assertThat(refs("(21 501–02, nr. 547)")).containsExactly("kst-21501-02-547");
    assertThat(refs("Kamerstukken 21 501-20 en 21 501-02, nr. 2344"))
        .containsExactly("kst-21501-20-2344", "kst-21501-02-2344");
    assertThat(refs("Kamerstuk 29 237, nrs. 12 en 13"))
        .containsExactly("kst-29237-12", "kst-29237-13");
  }

  @Test
  void neverCitesThePaperItselfOrHandelingen() {
    AnnotatedText t =
        new AnnotatedText(
            "x.txt",
            "Tweede Kamer, vergaderjaar 2020–2021, 21 501-02, nr. 2244 4\n\nHandelingen II 2013/14, nr. 85",
            List.of());
    t.add(AnnotationType.DOC_ID, 0, 0, "kst-21501-02-2244");
    new KamerstukRefAnnotator().annotate(t);
    assertThat(t.annotations(AnnotationType.KAMERSTUK_REF)).isEmpty();
  }
}
