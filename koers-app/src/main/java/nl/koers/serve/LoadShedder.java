package nl.koers.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Turns requests away with 503 and {@code Retry-After} when too many are being answered at once,
 * instead of letting them pile up until the heap or the thread pool runs out. Every API request
 * needs a turn; a heavy one (it reads many papers) needs a heavy turn as well. Thread-safe.
 */
final class LoadShedder {
  /** How much of the server a route takes. */
  enum Lane {
    LIGHT,
    HEAVY
  }

  private final Semaphore requests;
  private final Semaphore heavy;
  private final long waitMillis;

  LoadShedder(Limits limits) {
    this.requests = new Semaphore(limits.requests(), true);
    this.heavy = new Semaphore(limits.heavy(), true);
    this.waitMillis = limits.waitMillis();
  }

  /** The handler, run only when a turn in its lane is free within the wait. */
  Handler wrap(Lane lane, Handler handler) {
    return ctx -> {
      acquire(requests, ctx, "requests");
      try {
        if (lane == Lane.HEAVY) {
          acquire(heavy, ctx, "heavy requests (timelines, tables, graphs, exports)");
          try {
            handler.handle(ctx);
          } finally {
            heavy.release();
          }
        } else {
          handler.handle(ctx);
        }
      } finally {
        requests.release();
      }
    };
  }

  private void acquire(Semaphore turns, Context ctx, String what) throws InterruptedException {
    if (!turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
      throw busy("the server is answering as many " + what + " as it can; retry shortly");
    }
  }

  /** A 503 that tells the client when to retry. */
  static ApiError busy(String message) {
    return new ApiError(503, message, Limits.RETRY_AFTER_SECONDS);
  }
}
