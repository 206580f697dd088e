package nl.koers.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import nl.koers.document.Json;

/**
 * The watches of a data folder and their state, in {@code DATA/watches.json}. Every change is
 * written to a temporary file and moved over the old one, so a crash leaves the old or the new
 * file, never half of one. {@link #locked} keeps runs and edits from overlapping, between processes
 * (a lock on {@code DATA/watches.lock}) and between threads of one process.
 */
public final class WatchStore {
  static final String FILE = "watches.json";
  static final String LOCK = "watches.lock";

  /** How long a second run waits for the first before giving up. */
  static final long WAIT_MILLIS = 30_000;

  /** File locks belong to the JVM, not a thread: threads queue on this first. */
  private static final ReentrantLock IN_PROCESS = new ReentrantLock();

  /** One watch and what it remembers. */
  public record Entry(Watch watch, WatchState state) {}

  private final Path dataDir;

  public WatchStore(Path dataDir) {
    this.dataDir = dataDir;
  }

  public Path file() {
    return dataDir.resolve(FILE);
  }

  /** Every watch, in the order they were added; none when the file does not exist. */
  public List<Entry> load() throws IOException {
    Path f = file();
    if (!Files.isRegularFile(f)) {
      return List.of();
    }
    try {
      List<Entry> entries =
          Json.mapper().readValue(f.toFile(), new TypeReference<List<Entry>>() {});
      return entries == null ? List.of() : List.copyOf(entries);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(
          f + " cannot be read (" + e.getOriginalMessage() + "); fix or remove it", e);
    }
  }

  public Optional<Entry> get(String name) throws IOException {
    return load().stream().filter(e -> e.watch().name().equals(name)).findFirst();
  }

  /** Writes the watches atomically. Call inside {@link #locked}. */
  public void save(List<Entry> entries) throws IOException {
    Files.createDirectories(dataDir);
    Path tmp = Files.createTempFile(dataDir, "watches", ".tmp");
    try {
      Files.write(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(entries));
      try {
        Files.move(
            tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Adds a watch; refuses a name that is taken. */
  public Entry add(Watch watch) throws IOException {
    return locked(
        () -> {
          List<Entry> entries = new ArrayList<>(load());
          if (entries.stream().anyMatch(e -> e.watch().name().equals(watch.name()))) {
            throw new IllegalArgumentException(
                "a watch named \"" + watch.name() + "\" exists already (koers watch rm it first)");
          }
          Entry added = new Entry(watch, WatchState.fresh(watch.created()));
          entries.add(added);
          save(entries);
          return added;
        });
  }

  /** Removes a watch; false when there was none of that name. */
  public boolean remove(String name) throws IOException {
    return locked(
        () -> {
          List<Entry> entries = new ArrayList<>(load());
          boolean removed = entries.removeIf(e -> e.watch().name().equals(name));
          if (removed) {
            save(entries);
          }
          return removed;
        });
  }

  /** Something done while holding the lock. */
  public interface Action<T> {
    T run() throws IOException;
  }

  /** Thrown when another run holds the lock for longer than {@value #WAIT_MILLIS} ms. */
  public static final class BusyException extends IOException {
    private static final long serialVersionUID = 1L;

    BusyException(Path lock) {
      super("another watch run holds " + lock + "; try again when it is done");
    }
  }

  /** Runs {@code action} holding the watches lock, waiting for another holder up to a limit. */
  public <T> T locked(Action<T> action) throws IOException {
    Files.createDirectories(dataDir);
    Path lockFile = dataDir.resolve(LOCK);
    try {
      if (!IN_PROCESS.tryLock(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        throw new BusyException(lockFile);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BusyException(lockFile);
    }
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = null;
      long until = System.currentTimeMillis() + WAIT_MILLIS;
      while (lock == null) {
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null;
        }
        if (lock == null) {
          if (System.currentTimeMillis() > until) {
            throw new BusyException(lockFile);
          }
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(lockFile);
          }
        }
      }
      try {
        return action.run();
      } finally {
        lock.release();
      }
    } finally {
      IN_PROCESS.unlock();
    }
  }
}
