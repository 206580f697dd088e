package nl.koers.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchStoreTest {
  @Test
  void aWatchAddedIsReadBackWithAFreshState(@TempDir Path data) throws IOException {
    WatchStore store = new WatchStore(data);
    store.add(WatchFixture.navo("team@example.org", "weekly", null));

    WatchStore.Entry e = new WatchStore(data).get("navo").orElseThrow();
    assertThat(e.watch().query()).isEqualTo("NAVO");
    assertThat(e.watch().every()).isEqualTo("weekly");
    assertThat(e.state().since()).isEqualTo(WatchFixture.ADDED_AT);
    assertThat(e.state().reported()).isEmpty();
    try (var files = Files.list(data)) {
      // written through a temporary file that is moved over the old one: none is left behind
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("watches.json", "watches.lock");
    }
  }

  @Test
  void aTakenNameIsRefused(@TempDir Path data) throws IOException {
    WatchStore store = new WatchStore(data);
    store.add(WatchFixture.navo(null, null, null));

    assertThatThrownBy(() -> store.add(WatchFixture.navo(null, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exists already");
  }

  @Test
  void removingForgetsTheWatch(@TempDir Path data) throws IOException {
    WatchStore store = new WatchStore(data);
    store.add(WatchFixture.navo(null, null, null));

    assertThat(store.remove("navo")).isTrue();
    assertThat(store.remove("navo")).isFalse();
    assertThat(store.load()).isEmpty();
  }

  @Test
  void aWatchNeedsSomethingToFollowAndAUrlSafeName() {
    assertThatThrownBy(
            () -> new Watch("x", " ", null, null, null, null, null, null, null, null, null, 1))
        .hasMessageContaining("needs something to follow");
    assertThatThrownBy(
            () ->
                new Watch(
                    "NAVO top", "NAVO", null, null, null, null, null, null, null, null, null, 1))
        .hasMessageContaining("lower-case");
    assertThatThrownBy(
            () ->
                new Watch(
                    "navo", "NAVO", null, null, null, null, null, null, "hourly", null, null, 1))
        .hasMessageContaining("run, daily, weekly");
  }

  @Test
  void twoHoldersOfTheLockNeverOverlap(@TempDir Path data) throws Exception {
    WatchStore store = new WatchStore(data);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> runs =
          java.util.stream.IntStream.range(0, 4)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            go.await();
                            return store.locked(
                                () -> {
                                  most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                  try {
                                    Thread.sleep(20);
                                  } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                  }
                                  inside.decrementAndGet();
                                  return null;
                                });
                          }))
              .toList();
      go.countDown();
      for (Future<Object> r : runs) {
        r.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isEqualTo(1);
  }
}
