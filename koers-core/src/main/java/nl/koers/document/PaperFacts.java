package nl.koers.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts a clerk would note of a paper, assembled from its annotations. Each value here is the
 * value of an {@link Annotation} whose span is its evidence.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PaperFacts(
    String id,
    String dossier,
    String dossierTitle,
    String number,
    String heading,
    String kind,
    String authorRole,
    String date,
    List<String> signatories,
    String addressee,
    List<String> kamerstukRefs,
    List<Meeting> meetings,
    List<Motion> motions,
    List<Request> requests,
    List<String> otherRefs) {

  public PaperFacts {
    signatories = List.copyOf(signatories);
    kamerstukRefs = List.copyOf(kamerstukRefs);
    meetings = List.copyOf(meetings);
    motions = List.copyOf(motions);
    requests = List.copyOf(requests);
    otherRefs = List.copyOf(otherRefs);
  }

  /** Assembles facts from annotations: scalars from the first of their type, lists in order. */
  public static PaperFacts from(List<Annotation> annotations) {
    List<Annotation> sorted = new ArrayList<>(annotations);
    sorted.sort(Comparator.comparingInt(a -> a.span().begin()));
    return new PaperFacts(
        first(annotations, AnnotationType.DOC_ID),
        first(annotations, AnnotationType.DOSSIER),
        first(annotations, AnnotationType.DOSSIER_TITLE),
        first(annotations, AnnotationType.NUMBER),
        first(annotations, AnnotationType.HEADING),
        first(annotations, AnnotationType.KIND),
        first(annotations, AnnotationType.AUTHOR_ROLE),
        first(annotations, AnnotationType.DATE),
        distinctValues(sorted, AnnotationType.SIGNATORY),
        first(annotations, AnnotationType.ADDRESSEE),
        distinctValues(sorted, AnnotationType.KAMERSTUK_REF),
        sorted.stream()
            .filter(a -> a.type() == AnnotationType.MEETING)
            .map(a -> new Meeting(a.attribute("body"), a.value()))
            .distinct()
            .toList(),
        sorted.stream()
            .filter(a -> a.type() == AnnotationType.MOTION)
            .map(a -> new Motion(a.value(), a.attribute("kst")))
            .distinct()
            .toList(),
        sorted.stream()
            .filter(a -> a.type() == AnnotationType.REQUEST)
            .map(a -> new Request(a.value(), a.attribute("party"), a.attribute("date")))
            .distinct()
            .toList(),
        distinctValues(sorted, AnnotationType.OTHER_REF));
  }

  /**
   * These facts with the values a source states about itself put first: {@code id}, {@code
   * dossier}, {@code number}, {@code kind}, {@code date}, {@code title} and {@code dossierTitle}
   * keys of {@code source} replace what the text gave.
   */
  public PaperFacts overriddenBy(java.util.Map<String, String> source) {
    return new PaperFacts(
        source.getOrDefault("id", id),
        source.getOrDefault("dossier", dossier),
        source.getOrDefault("dossierTitle", dossierTitle),
        source.getOrDefault("number", number),
        source.getOrDefault("title", heading),
        source.getOrDefault("kind", kind),
        authorRole,
        source.getOrDefault("date", date),
        signatories,
        addressee,
        kamerstukRefs,
        meetings,
        motions,
        requests,
        otherRefs);
  }

  private static String first(List<Annotation> annotations, AnnotationType type) {
    for (Annotation a : annotations) {
      if (a.type() == type) {
        return a.value();
      }
    }
    return null;
  }

  private static List<String> distinctValues(List<Annotation> sorted, AnnotationType type) {
    Set<String> values = new LinkedHashSet<>();
    for (Annotation a : sorted) {
      if (a.type() == type) {
        values.add(a.value());
      }
    }
    return List.copyOf(values);
  }
}
