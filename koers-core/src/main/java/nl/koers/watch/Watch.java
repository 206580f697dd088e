package nl.koers.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.koers.search.SearchRequest;

/**
 * What one watch follows: a query with its filters, an entity, a topic, a dossier, a member (a
 * person who signs, asks or moves) or a paper (who cites or answers it), and how its news is
 * delivered. The name is its id in URLs and on the command line.
 *
 * @param every how often an e-mail digest goes out: {@code run} (every run that found something),
 *     {@code daily} or {@code weekly}
 * @param created when the watch was added (epoch ms): papers that entered the index before it are
 *     never reported
 */
public record Watch(
    String name,
    String query,
    String kind,
    String dossier,
    String entity,
    String topic,
    String member,
    String paper,
    String every,
    String email,
    String webhook,
    long created) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  /** The digest frequencies, each with its period in milliseconds (0: every run). */
  public static final List<String> FREQUENCIES = List.of("run", "daily", "weekly");

  public Watch {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a watch name is 1 to 64 lower-case letters, digits, - or _, starting with a letter or"
              + " digit (was "
              + (name == null ? "none" : "\"" + name + "\"")
              + ")");
    }
    query = blankToNull(query);
    kind = blankToNull(kind);
    dossier = blankToNull(dossier);
    entity = blankToNull(entity);
    topic = blankToNull(topic);
    member = blankToNull(member);
    paper = blankToNull(paper);
    email = blankToNull(email);
    webhook = blankToNull(webhook);
    if (query == null
        && dossier == null
        && entity == null
        && topic == null
        && member == null
        && paper == null) {
      throw new IllegalArgumentException(
          "a watch needs something to follow: a query, an entity, a topic, a dossier, a member or"
              + " a paper");
    }
    every = every == null ? "run" : every.toLowerCase(Locale.ROOT);
    if (!FREQUENCIES.contains(every)) {
      throw new IllegalArgumentException(
          "--every is one of " + String.join(", ", FREQUENCIES) + " (was \"" + every + "\")");
    }
    if (email != null && !email.matches("[^@\\s,;<>]+@[^@\\s,;<>]+")) {
      throw new IllegalArgumentException("not an e-mail address: \"" + email + "\"");
    }
    if (webhook != null && !webhook.matches("(?i)https?://\\S+")) {
      throw new IllegalArgumentException("a webhook is an http(s) URL (was \"" + webhook + "\")");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** How long between two e-mail digests, in milliseconds; 0 sends one every run. */
  public long digestPeriodMillis() {
    return switch (every) {
      case "daily" -> 24L * 3600 * 1000;
      case "weekly" -> 7L * 24 * 3600 * 1000;
      default -> 0;
    };
  }

  /**
   * The search whose papers this watch reports. A member is searched as a phrase (the index's facts
   * field holds who signed, asked and moved); a paper by its id, which the facts of papers citing
   * it carry; entity, topic and dossier alone browse by filter ({@code *}).
   */
  public SearchRequest request(int limit) {
    List<String> words = new ArrayList<>();
    if (query != null) {
      words.add(query);
    }
    if (member != null) {
      words.add("\"" + member.replace("\"", "") + "\"");
    }
    if (paper != null) {
      words.add("\"" + paper.replace("\"", "") + "\"");
    }
    String q =
        switch (words.size()) {
          case 0 -> "*";
          case 1 -> words.get(0);
          default -> "(" + String.join(") AND (", words) + ")";
        };
    return new SearchRequest(
        q,
        kind,
        dossier,
        null,
        null,
        SearchRequest.Sort.DATE,
        0,
        limit,
        entity,
        topic,
        false,
        null);
  }

  /** What it follows, for lists and e-mail subjects: {@code query "NAVO", kind brief}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    add(parts, "query", query);
    add(parts, "entity", entity);
    add(parts, "topic", topic);
    add(parts, "dossier", dossier);
    add(parts, "member", member);
    add(parts, "paper", paper);
    add(parts, "kind", kind);
    return String.join(", ", parts);
  }

  private static void add(List<String> parts, String what, String value) {
    if (value != null) {
      parts.add(what + " \"" + value + "\"");
    }
  }
}
