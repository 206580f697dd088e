package nl.koers.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.koers.document.Document;
import nl.koers.engine.EngineConfig;
import nl.koers.engine.PaperStore;
import nl.koers.index.DocumentMapper;
import nl.koers.index.Fields;
import nl.koers.index.IngestResult;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;

/**
 * Papers into a cluster. Each paper goes in one bulk request (its entry and its passages) that is
 * acknowledged before {@link #ingest} returns: what ingest reported indexed survives a node that
 * dies right after. Ids are the paper id, so ingesting again overwrites, never duplicates; the same
 * bytes again are "unchanged" (their fingerprint is on the paper entry). The cluster's 429/503 make
 * the request wait and retry ({@link Cluster}); items that still fail make the whole paper fail and
 * what was written of it is deleted, so no half paper stays searchable.
 */
final class OpenSearchStore implements PaperStore {
  private final Cluster cluster;
  private final String index;
  private final PaperDocs docs = new PaperDocs();

  /** fingerprint → source of every stored paper. */
  private final Map<String, String> shaToSource = new HashMap<>();

  /** source → paper id. */
  private final Map<String, String> idBySource = new HashMap<>();

  /** paper id → source. */
  private final Map<String, String> sourceById = new HashMap<>();

  /** paper id → when it first entered the index (epoch ms), kept across its versions. */
  private final Map<String, Long> firstIngested = new HashMap<>();

  private Clock clock = Clock.systemUTC();

  OpenSearchStore(Cluster cluster, EngineConfig config) throws IOException {
    this.cluster = cluster;
    this.index = IndexTemplate.index(config);
    IndexTemplate.ensure(cluster, config);
    OpenSearchEngine.scan(
        cluster,
        index,
        OpenSearchEngine.termFilter(Fields.TYPE, Fields.TYPE_DOC),
        List.of(Fields.DOC_ID, Fields.SOURCE, Fields.SHA256, Fields.INGESTED),
        hit -> {
          String source = hit.path(Fields.SOURCE).asText();
          String id = hit.path(Fields.DOC_ID).asText();
          if (hit.path(Fields.INGESTED).asLong() > 0) {
            firstIngested.put(id, hit.path(Fields.INGESTED).asLong());
          }
          shaToSource.put(hit.path(Fields.SHA256).asText(), source);
          idBySource.put(source, id);
          sourceById.put(id, source);
        });
  }

  /** The clock ingest times are read from; tests set a fixed one. */
  OpenSearchStore clock(Clock newClock) {
    this.clock = newClock;
    return this;
  }

  @Override
  public IngestResult ingest(Path file, PaperProcessor processor) throws IOException {
    String source = file.toAbsolutePath().normalize().toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > processor.maxBytes()) {
        return new IngestResult(source, IngestResult.Status.FAILED, null, processor.tooLarge(size));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new IngestResult(
          source, IngestResult.Status.FAILED, null, "file vanished before it could be read");
    } catch (IOException | OutOfMemoryError e) {
      return new IngestResult(
          source, IngestResult.Status.FAILED, null, "cannot read file: " + e.getMessage());
    }
    return ingest(source, bytes, processor, nl.koers.pipeline.Sidecar.metadataFor(file));
  }

  @Override
  public IngestResult ingest(
      String source, byte[] bytes, PaperProcessor processor, Map<String, String> sidecar)
      throws IOException {
    String sha = DocumentMapper.fingerprint(PaperProcessor.sha256(bytes));
    if (shaToSource.containsKey(sha)) {
      String same = shaToSource.get(sha);
      return new IngestResult(
          source,
          IngestResult.Status.UNCHANGED,
          null,
          same.equals(source) ? null : "same content as " + same);
    }
    Outcome outcome = processor.process(source, bytes, sidecar);
    switch (outcome.status()) {
      case UNSUPPORTED:
        return new IngestResult(source, IngestResult.Status.UNSUPPORTED, null, outcome.reason());
      case NEEDS_OCR:
        return new IngestResult(source, IngestResult.Status.NEEDS_OCR, null, outcome.reason());
      case FAILED:
        return new IngestResult(source, IngestResult.Status.FAILED, null, outcome.reason());
      default:
        break;
    }
    Document d = outcome.document();
    String heldSource = sourceById.get(d.id());
    String reason =
        heldSource != null && !heldSource.equals(source)
            ? "same paper as " + heldSource + "; keeping this one, the later file"
            : null;
    boolean replaced = heldSource != null || idBySource.containsKey(source);
    long now = clock.millis();
    // kept across versions, as the embedded engine keeps it; a paper stored without one stays old
    long first = firstIngested.getOrDefault(d.id(), sourceById.containsKey(d.id()) ? 0L : now);
    List<PaperDocs.Entry> entries = docs.entries(d, first, now);
    if (replaced) {
      // the new version may have fewer passages: drop the old ones first
      deleteWhere(OpenSearchEngine.termFilter(Fields.DOC_ID, d.id()));
    }
    String failure = write(entries);
    if (failure != null) {
      deleteWhere(OpenSearchEngine.termFilter(Fields.DOC_ID, d.id()));
      return new IngestResult(
          source, IngestResult.Status.FAILED, d.id(), "the cluster rejected the paper: " + failure);
    }
    String oldId = idBySource.get(source);
    if (oldId != null && !oldId.equals(d.id())) {
      deleteWhere(OpenSearchEngine.termFilter(Fields.DOC_ID, oldId));
      sourceById.remove(oldId);
    }
    if (heldSource != null && !heldSource.equals(source)) {
      idBySource.remove(heldSource);
    }
    shaToSource.values().removeIf(s -> s.equals(source) || s.equals(heldSource));
    shaToSource.put(sha, source);
    idBySource.put(source, d.id());
    sourceById.put(d.id(), source);
    if (first > 0) {
      firstIngested.put(d.id(), first);
    }
    return new IngestResult(
        source,
        replaced ? IngestResult.Status.REPLACED : IngestResult.Status.INDEXED,
        d.id(),
        reason);
  }

  /**
   * Writes entries with the bulk API; items the cluster pushed back on (429) are sent again after a
   * pause. Null when every item was written, else the first item's reason.
   */
  private String write(List<PaperDocs.Entry> entries) throws IOException {
    List<PaperDocs.Entry> pending = entries;
    long backoff = cluster.firstBackoffMillis();
    for (int attempt = 1; ; attempt++) {
      StringBuilder nd = new StringBuilder();
      for (PaperDocs.Entry e : pending) {
        ObjectNode action = Cluster.JSON.createObjectNode();
        action.putObject("index").put("_index", index).put("_id", e.id());
        nd.append(Cluster.JSON.writeValueAsString(action)).append('\n');
        nd.append(Cluster.JSON.writeValueAsString(e.body())).append('\n');
      }
      Cluster.Answer a = cluster.bulk(nd.toString());
      if (!a.ok()) {
        throw cluster.failure("POST", "/_bulk", a);
      }
      if (!a.body().path("errors").asBoolean(false)) {
        return null;
      }
      List<PaperDocs.Entry> retry = new ArrayList<>();
      String firstError = null;
      JsonNode items = a.body().path("items");
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = items.get(i).path("index");
        int status = item.path("status").asInt();
        if (status == 429 || status == 503) {
          retry.add(pending.get(i));
        } else if (status >= 300 && firstError == null) {
          firstError = item.path("error").path("reason").asText(item.path("error").toString());
        }
      }
      if (firstError != null) {
        return firstError;
      }
      if (retry.isEmpty()) {
        return null;
      }
      if (attempt >= cluster.attempts()) {
        return "the cluster stayed overloaded (429) for " + retry.size() + " item(s)";
      }
      try {
        Thread.sleep(backoff);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while the cluster was busy");
      }
      backoff = Math.min(backoff * 2, 10_000);
      pending = retry;
    }
  }

  private void deleteWhere(JsonNode filter) throws IOException {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.set("query", filter);
    String path = "/" + index + "/_delete_by_query";
    Cluster.Answer a =
        cluster.send("POST", path, body, Map.of("refresh", "true", "conflicts", "proceed"));
    if (!a.ok()) {
      throw cluster.failure("POST", path, a);
    }
  }

  @Override
  public void commit() throws IOException {
    cluster.call("POST", "/" + index + "/_refresh", null);
  }

  @Override
  public void close() throws IOException {
    try {
      commit();
    } finally {
      cluster.close();
    }
  }
}
