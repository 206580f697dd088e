package nl.koers.watch;

/**
 * One paper a watch reported: what a feed entry, an e-mail and a webhook say of it.
 *
 * @param passage the passage that best shows why it matched, plain text
 * @param official the paper's official page (officielebekendmakingen.nl or tweedekamer.nl), or null
 * @param ingested when the paper entered the index (epoch ms)
 * @param fingerprint the version of the paper that was reported
 * @param reported when the watch reported it (epoch ms)
 */
public record Item(
    String watch,
    String id,
    String title,
    String date,
    String kind,
    String passage,
    String official,
    long ingested,
    String fingerprint,
    long reported) {}
