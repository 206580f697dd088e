package nl.koers.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.koers.document.Json;

/**
 * What earlier syncs fetched, in {@code DATA/sync/state.json}: per item its version marker, HTTP
 * validators and stored file; per SyncFeed category the page to continue from. Written to a
 * temporary file, flushed to disk and moved into place, so a kill leaves the previous state whole.
 * Not thread-safe.
 */
public final class SyncState {
  /** One fetched item. {@code file} is relative to {@code DATA/sync/files}. */
  public record Entry(String version, String etag, String lastModified, String file) {}

  /** The file's shape, for Jackson. */
  record StateFile(int format, Map<String, Entry> items, Map<String, String> feed) {}

  private final Map<String, Entry> items;
  private final Map<String, String> feed;

  private SyncState(Map<String, Entry> items, Map<String, String> feed) {
    this.items = items;
    this.feed = feed;
  }

  public static Path path(Path dataDir) {
    return dataDir.resolve("sync").resolve("state.json");
  }

  public static SyncState load(Path dataDir) throws IOException {
    Path p = path(dataDir);
    if (!Files.isRegularFile(p)) {
      return new SyncState(new LinkedHashMap<>(), new LinkedHashMap<>());
    }
    StateFile f;
    try {
      f = Json.mapper().readValue(p.toFile(), StateFile.class);
    } catch (IOException e) {
      throw new IOException(
          p + " cannot be read (" + e.getMessage() + "); move it away to sync from scratch", e);
    }
    return new SyncState(
        new LinkedHashMap<>(f.items() == null ? Map.of() : f.items()),
        new LinkedHashMap<>(f.feed() == null ? Map.of() : f.feed()));
  }

  public Entry item(String key) {
    return items.get(key);
  }

  public void put(String key, Entry e) {
    items.put(key, e);
  }

  public int size() {
    return items.size();
  }

  public String feedPage(String category) {
    return feed.get(category);
  }

  public void feedPage(String category, String url) {
    feed.put(category, url);
  }

  public void save(Path dataDir) throws IOException {
    Path p = path(dataDir);
    Files.createDirectories(p.getParent());
    Path tmp = p.resolveSibling("state.json.tmp");
    byte[] bytes =
        Json.mapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsBytes(new StateFile(1, items, feed));
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true); // on disk before the move makes it the state
    }
    Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
