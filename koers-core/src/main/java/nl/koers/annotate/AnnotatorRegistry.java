package nl.koers.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.annotate.commitment.CommitmentAnnotator;
import nl.koers.annotate.entity.EntityAnnotator;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.annotate.figure.FigureAnnotator;
import nl.koers.annotate.metadata.AuthorRoleAnnotator;
import nl.koers.annotate.metadata.DateAnnotator;
import nl.koers.annotate.metadata.HeaderAnnotator;
import nl.koers.annotate.metadata.KindAnnotator;
import nl.koers.annotate.metadata.SignatureAnnotator;
import nl.koers.annotate.reference.KamerstukRefAnnotator;
import nl.koers.annotate.reference.MeetingAnnotator;
import nl.koers.annotate.reference.MotionAnnotator;
import nl.koers.annotate.reference.OtherRefAnnotator;
import nl.koers.annotate.reference.RequestAnnotator;
import nl.koers.annotate.stance.StanceAnnotator;
import nl.koers.annotate.topic.Taxonomy;
import nl.koers.annotate.topic.TopicAnnotator;

/** The explicit list of annotators, by name, in their default order. */
public final class AnnotatorRegistry {
  private final Map<String, Annotator> byName = new LinkedHashMap<>();

  public AnnotatorRegistry(List<Annotator> annotators) {
    for (Annotator a : annotators) {
      byName.put(a.name(), a);
    }
  }

  public static AnnotatorRegistry standard() {
    return standard(Gazetteer.standard(), Taxonomy.standard());
  }

  /** The standard annotators with a user's gazetteer and taxonomy. */
  public static AnnotatorRegistry standard(Gazetteer gazetteer, Taxonomy taxonomy) {
    return new AnnotatorRegistry(
        List.of(
            new HeaderAnnotator(),
            new KindAnnotator(),
            new DateAnnotator(),
            new SignatureAnnotator(),
            new AuthorRoleAnnotator(),
            new KamerstukRefAnnotator(),
            new MeetingAnnotator(),
            new MotionAnnotator(),
            new RequestAnnotator(),
            new OtherRefAnnotator(),
            new EntityAnnotator(gazetteer),
            new TopicAnnotator(taxonomy),
            new FigureAnnotator(),
            new CommitmentAnnotator(),
            new StanceAnnotator()));
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /** A pipeline of all annotators in default order. */
  public AnnotatorPipeline pipeline() {
    return new AnnotatorPipeline(new ArrayList<>(byName.values()));
  }

  /**
   * A pipeline of the named annotators in the order given.
   *
   * @throws IllegalArgumentException for an unknown name, listing the valid ones
   */
  public AnnotatorPipeline pipeline(List<String> names) {
    List<Annotator> chosen = new ArrayList<>();
    for (String n : names) {
      Annotator a = byName.get(n);
      if (a == null) {
        throw new IllegalArgumentException(
            "unknown annotator \"" + n + "\"; valid: " + String.join(", ", byName.keySet()));
      }
      chosen.add(a);
    }
    return new AnnotatorPipeline(chosen);
  }
}
