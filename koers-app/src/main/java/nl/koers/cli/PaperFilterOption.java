package nl.koers.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nl.koers.analyse.Subjects;
import nl.koers.document.Document;
import nl.koers.engine.PaperEngine;
import picocli.CommandLine.Option;

/**
 * The filters the list commands ({@code figures}, {@code commitments}) share: which papers, and
 * within them which sentences (naming an entity) or paragraphs (on a topic).
 */
final class PaperFilterOption {
  @Option(
      names = "--entity",
      description = "only in sentences naming this entity (id, QID or label)")
  String entity;

  @Option(names = "--topic", description = "only in paragraphs on this topic")
  String topic;

  @Option(names = "--kind", description = "only papers of this kind")
  String kind;

  @Option(names = "--from", description = "only papers dated on or after (YYYY-MM-DD)")
  LocalDate from;

  @Option(names = "--to", description = "only papers dated on or before (YYYY-MM-DD)")
  LocalDate to;

  /** The entity and topic ids, resolved; null where not given. */
  record Resolved(String entity, String topic) {}

  Resolved resolve(KnowledgeOption knowledge, DataOption data) throws IOException {
    return new Resolved(
        entity == null ? null : Subjects.entityId(knowledge.gazetteer(data.dir), entity),
        topic == null ? null : Subjects.topicId(knowledge.taxonomy(data.dir), topic));
  }

  List<Document> papers(PaperEngine s, Resolved r) throws IOException {
    return s.papers(r.entity(), r.topic(), kind, from, to);
  }
}
