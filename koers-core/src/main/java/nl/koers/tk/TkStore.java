package nl.koers.tk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.document.Json;

/**
 * The imported records, one JSON line each in {@code DATA/tk/records.jsonl}. A later import of the
 * same record (type and id) replaces the earlier one; a SyncFeed deletion removes it. Written to a
 * temporary file and moved into place, so a failed import leaves the previous store whole.
 */
public final class TkStore {
  private final Map<String, TkRecord> records = new LinkedHashMap<>();

  public static Path path(Path dataDir) {
    return dataDir.resolve("tk").resolve("records.jsonl");
  }

  public static TkStore load(Path dataDir) throws IOException {
    TkStore store = new TkStore();
    Path p = path(dataDir);
    if (Files.isRegularFile(p)) {
      ObjectMapper mapper = Json.mapper();
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          store.put(mapper.readValue(line, TkRecord.class));
        }
      }
    }
    return store;
  }

  public void put(TkRecord r) {
    String key = r.type() + "/" + r.id();
    if ("true".equals(r.field("Verwijderd"))) {
      records.remove(key);
    } else {
      records.put(key, r);
    }
  }

  public void putAll(Collection<TkRecord> rs) {
    rs.forEach(this::put);
  }

  public List<TkRecord> all() {
    return List.copyOf(records.values());
  }

  public List<TkRecord> of(String type) {
    List<TkRecord> out = new ArrayList<>();
    for (TkRecord r : records.values()) {
      if (r.type().equals(type)) {
        out.add(r);
      }
    }
    return out;
  }

  public TkRecord get(String type, String id) {
    return records.get(type + "/" + id);
  }

  public int size() {
    return records.size();
  }

  public void save(Path dataDir) throws IOException {
    Path p = path(dataDir);
    Files.createDirectories(p.getParent());
    Path tmp = p.resolveSibling("records.jsonl.tmp");
    ObjectMapper mapper = Json.mapper();
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (TkRecord r : records.values()) {
        w.write(mapper.writeValueAsString(r));
        w.newLine();
      }
    }
    Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
