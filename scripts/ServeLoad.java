/*
 * Loopback load on a running `koers serve`: N clients for S seconds over a mix of the API's routes
 * (searches, papers, timelines, tables, graphs, exports), then the figures a reliability check
 * reads: requests, rate, p50/p99 latency, counts per status. Exits 1 when any answer is a 5xx other
 * than 503 (a 503 is load shed on purpose) or a request failed without an answer.
 *
 * Run with the JDK's source launcher: java scripts/ServeLoad.java http://127.0.0.1:8080 16 60
 */
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ServeLoad {
  static final String[] WORDS = {
    "NAVO", "Oekraïne", "Rusland", "sancties", "migratie", "Europese Raad", "klimaat", "defensie",
    "mensenrechten", "handel", "China", "Verenigde Staten", "ontwikkelingssamenwerking", "Gaza",
    "Israël", "export", "veiligheid", "begroting", "motie", "toezegging", "Raad Buitenlandse Zaken",
    "\"Europese Unie\"", "NAVO AND Rusland", "sanctie*", "Afrika", "wapenleveranties", "steun"
  };

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    HttpClient setup = HttpClient.newHttpClient();
    List<String> papers = ids(get(setup, base + "/v1/documents?limit=300"), "\"id\":\"([^\"]+)\"");
    List<String> entities = ids(get(setup, base + "/v1/entities?limit=40"), "\"id\":\"([^\"]+)\"");
    List<String> topics = ids(get(setup, base + "/v1/topics"), "\"id\":\"([^\"]+)\"");
    System.out.printf(
        "load: %d clients, %d s, over %d papers, %d entities, %d topics%n",
        clients, seconds, papers.size(), entities.size(), topics.size());
    Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int seed = c;
      Thread t =
          new Thread(
              () -> {
                SplittableRandom random = new SplittableRandom(seed);
                HttpClient http =
                    HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                long[] mine = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end) {
                  String path = pick(random, papers, entities, topics);
                  long start = System.nanoTime();
                  try {
                    HttpResponse<Void> r =
                        http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                            HttpResponse.BodyHandlers.discarding());
                    statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                    if (r.statusCode() >= 500 && r.statusCode() != 503) {
                      failures.computeIfAbsent(r.statusCode() + " " + path, k -> new AtomicLong())
                          .incrementAndGet();
                    }
                  } catch (Exception e) {
                    statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
                    failures.computeIfAbsent(
                            e.getClass().getSimpleName() + " " + path, k -> new AtomicLong())
                        .incrementAndGet();
                  }
                  if (n < mine.length) {
                    mine[n++] = System.nanoTime() - start;
                  }
                }
                latencies.add(java.util.Arrays.copyOf(mine, n));
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
    long total = all.length;
    System.out.printf(
        "requests: %d (%.1f/s)  p50: %d ms  p99: %d ms  max: %d ms%n",
        total,
        total / (double) seconds,
        all.length == 0 ? 0 : all[all.length / 2] / 1_000_000,
        all.length == 0 ? 0 : all[(int) Math.min(all.length - 1, all.length * 99L / 100)] / 1_000_000,
        all.length == 0 ? 0 : all[all.length - 1] / 1_000_000);
    Map<Integer, Long> sorted = new TreeMap<>();
    statuses.forEach((k, v) -> sorted.put(k, v.get()));
    System.out.println("statuses: " + sorted + "  (-1: no answer)");
    long bad = failures.values().stream().mapToLong(AtomicLong::get).sum();
    System.out.println("5xx other than 503, and requests without an answer: " + bad);
    failures.entrySet().stream()
        .limit(10)
        .forEach(e -> System.out.println("  " + e.getValue() + " × " + e.getKey()));
    System.exit(bad == 0 ? 0 : 1);
  }

  /** One request of the mix, weighted roughly as people and scripts use the API. */
  static String pick(
      SplittableRandom r, List<String> papers, List<String> entities, List<String> topics) {
    int roll = r.nextInt(100);
    String paper = papers.isEmpty() ? "kst-0-0" : papers.get(r.nextInt(papers.size()));
    String entity = entities.isEmpty() ? "united-states" : entities.get(r.nextInt(entities.size()));
    String topic = topics.isEmpty() ? "security-defence" : topics.get(r.nextInt(topics.size()));
    String word = enc(WORDS[r.nextInt(WORDS.length)]);
    if (roll < 35) return "/v1/search?q=" + word;
    if (roll < 45) return "/v1/search?q=" + word + "&sort=date&page=2&entity=" + enc(entity);
    if (roll < 58) return "/v1/documents/" + paper;
    if (roll < 62) return "/v1/suggest?q=" + enc(WORDS[r.nextInt(WORDS.length)].substring(0, 2));
    if (roll < 67) return "/v1/timeline?subject=" + enc(entity);
    if (roll < 70) return "/v1/timeline?subject=topic:" + topic + "&by=quarter";
    if (roll < 74) return "/v1/figures?entity=" + enc(entity);
    if (roll < 77) return "/v1/commitments?topic=" + topic;
    if (roll < 81) return "/v1/entities/" + enc(entity) + "?limit=50";
    if (roll < 85) return "/v1/graph?around=" + paper + "&depth=2";
    if (roll < 88) return "/v1/refs/" + paper;
    if (roll < 91) return "/v1/documents?format=csv&limit=1000";
    if (roll < 93) return "/v1/figures?format=jsonl";
    if (roll < 95) return "/v1/graph";
    if (roll < 97) return "/v1/topics/" + topic;
    if (roll < 99) return "/v1/similar?id=" + paper;
    return "/v1/stats";
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  static List<String> ids(String json, String pattern) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(pattern).matcher(json);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
