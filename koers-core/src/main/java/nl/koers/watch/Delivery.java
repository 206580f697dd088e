package nl.koers.watch;

import java.io.IOException;
import java.util.List;

/**
 * A way news of a watch leaves Koers (e-mail, webhook). A delivery that throws leaves the watch's
 * state where it was, so the next run finds and sends the same papers again.
 */
public interface Delivery {
  /**
   * Delivers one watch's news.
   *
   * @param fresh the papers this run found
   * @param digest the papers due in an e-mail digest now (empty when none is due)
   * @throws IOException with a message a person can act on
   */
  void deliver(Watch watch, List<Item> fresh, List<Item> digest) throws IOException;
}
