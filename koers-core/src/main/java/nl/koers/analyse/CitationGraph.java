package nl.koers.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.annotate.entity.EntityAnnotator;
import nl.koers.document.Document;
import nl.koers.document.Motion;
import nl.koers.document.PaperFacts;
import nl.koers.document.Request;
import nl.koers.index.DocumentMapper;

/**
 * How papers cite, report on and answer one another. Every Kamerstuk reference is a {@code cites}
 * edge, every motion a {@code reported-in} edge from the motion to the paper that reports on it,
 * every parliamentary request an {@code answered-by} edge from the request to the paper that
 * answers it. A cited paper that is not indexed is a placeholder node with what its id tells
 * (dossier, number); it becomes a full node once ingested. The graph is built from the indexed
 * papers as they are, so the order of ingest never matters.
 */
public final class CitationGraph {
  /** A paper, a placeholder for a cited paper not indexed, or a request. */
  public record Node(
      String id,
      String type,
      String title,
      String date,
      boolean dateInferred,
      String kind,
      String dossier,
      String member) {}

  /** A directed edge; {@code member} names the member for motions and requests. */
  public record Edge(String from, String to, String type, String member) {}

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Set<Edge> edges = new LinkedHashSet<>();

  /** Edges by their source and by their target, so that a node's edges cost no scan. */
  private final Map<String, List<Edge>> outs = new java.util.HashMap<>();

  private final Map<String, List<Edge>> ins = new java.util.HashMap<>();

  private CitationGraph() {}

  public static CitationGraph of(List<Document> papers) {
    CitationGraph g = new CitationGraph();
    papers.forEach(g::add);
    return g;
  }

  /**
   * Adds one paper: its node (replacing a placeholder made when an earlier paper cited it) and the
   * edges it sends. Papers can be added one by one as they are read, so the whole corpus never has
   * to be in memory at once.
   */
  public void add(Document d) {
    PaperDate when = PaperDate.of(d);
    nodes.put(
        d.id(),
        new Node(
            d.id(),
            "paper",
            DocumentMapper.title(d),
            when.date() == null ? null : when.date().toString(),
            when.inferred(),
            d.facts().kind(),
            d.facts().dossier(),
            null));
    PaperFacts f = d.facts();
    for (String ref : f.kamerstukRefs()) {
      placeholder(ref, null);
      edge(new Edge(d.id(), ref, "cites", null));
    }
    for (Motion m : f.motions()) {
      String target = m.kst() != null ? m.kst() : "motion:" + slug(m.member()) + ":" + d.id();
      placeholder(target, "motie");
      edge(new Edge(target, d.id(), "reported-in", m.member()));
    }
    for (Request r : f.requests()) {
      String id = requestId(r);
      nodes.putIfAbsent(
          id,
          new Node(
              id,
              "request",
              "verzoek van het lid " + r.member() + (r.date() == null ? "" : " van " + r.date()),
              r.date(),
              false,
              "verzoek",
              null,
              r.member()));
      edge(new Edge(id, d.id(), "answered-by", r.member()));
    }
  }

  private void edge(Edge e) {
    if (edges.add(e)) {
      outs.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
      ins.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
    }
  }

  /** An empty graph, to {@link #add} papers to. */
  public static CitationGraph empty() {
    return new CitationGraph();
  }

  /** {@code request:piri:2024-11-12}. */
  public static String requestId(Request r) {
    return "request:"
        + EntityAnnotator.memberId(r.member()).substring(EntityAnnotator.MEMBER_PREFIX.length())
        + ":"
        + (r.date() == null ? "undated" : r.date());
  }

  private static String slug(String member) {
    return EntityAnnotator.memberId(member).substring(EntityAnnotator.MEMBER_PREFIX.length());
  }

  private void placeholder(String id, String kind) {
    if (nodes.containsKey(id)) {
      return;
    }
    String dossier = null;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("kst-(.+)-([^-]+)").matcher(id);
    if (m.matches()) {
      dossier = m.group(1);
    }
    nodes.put(id, new Node(id, "placeholder", id, null, false, kind, dossier, null));
  }

  public List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  public List<Edge> edges() {
    return List.copyOf(edges);
  }

  public Node node(String id) {
    return nodes.get(id);
  }

  /** Edges leaving a node. */
  public List<Edge> out(String id) {
    return List.copyOf(outs.getOrDefault(id, List.of()));
  }

  /** Edges arriving at a node. */
  public List<Edge> in(String id) {
    return List.copyOf(ins.getOrDefault(id, List.of()));
  }

  /** The papers of a dossier in date order and the edges that touch them, as a graph of its own. */
  public CitationGraph dossier(String dossier) {
    CitationGraph g = new CitationGraph();
    nodes.values().stream()
        .filter(n -> dossier.equals(n.dossier()))
        .sorted(
            Comparator.comparing((Node n) -> n.date() == null ? "9999" : n.date())
                .thenComparing(Node::id))
        .forEach(n -> g.nodes.put(n.id(), n));
    for (Edge e : edges) {
      if (g.nodes.containsKey(e.from()) || g.nodes.containsKey(e.to())) {
        g.edge(e);
        for (String end : List.of(e.from(), e.to())) {
          g.nodes.putIfAbsent(end, nodes.get(end));
        }
      }
    }
    return g;
  }

  /**
   * The neighbourhood of a node: every node within {@code depth} edges of it (either direction) and
   * the edges among them, as a graph of its own; empty when the node is unknown.
   */
  public CitationGraph around(String id, int depth) {
    CitationGraph g = new CitationGraph();
    if (!nodes.containsKey(id)) {
      return g;
    }
    Set<String> reached = new LinkedHashSet<>(List.of(id));
    List<String> frontier = List.of(id);
    for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
      Set<String> ring = new LinkedHashSet<>(frontier);
      List<String> next = new ArrayList<>();
      for (Edge e : edges) {
        String other = ring.contains(e.from()) ? e.to() : ring.contains(e.to()) ? e.from() : null;
        if (other != null && reached.add(other)) {
          next.add(other);
        }
      }
      frontier = next;
    }
    reached.forEach(n -> g.nodes.put(n, nodes.get(n)));
    for (Edge e : edges) {
      if (reached.contains(e.from()) && reached.contains(e.to())) {
        g.edge(e);
      }
    }
    return g;
  }

  /**
   * The {@code n} most-cited nodes (most edges arriving, ties by id) with, for each, up to {@code
   * neighbours} of the nodes it is linked to (newest first), and the edges among them: a graph to
   * open a view of the whole index on.
   */
  public CitationGraph mostCited(int n, int neighbours) {
    List<String> top =
        nodes.keySet().stream()
            .filter(id -> !ins.getOrDefault(id, List.of()).isEmpty())
            .sorted(
                Comparator.comparingInt((String id) -> -ins.get(id).size())
                    .thenComparing(Comparator.naturalOrder()))
            .limit(n)
            .toList();
    Set<String> chosen = new LinkedHashSet<>(top);
    for (String id : top) {
      List<String> linked = new ArrayList<>();
      ins.getOrDefault(id, List.of()).forEach(e -> linked.add(e.from()));
      outs.getOrDefault(id, List.of()).forEach(e -> linked.add(e.to()));
      linked.stream()
          .distinct()
          .sorted(
              Comparator.comparing(
                      (String other) ->
                          nodes.get(other).date() == null ? "" : nodes.get(other).date())
                  .reversed())
          .limit(neighbours)
          .forEach(chosen::add);
    }
    CitationGraph g = new CitationGraph();
    chosen.forEach(id -> g.nodes.put(id, nodes.get(id)));
    for (Edge e : edges) {
      if (chosen.contains(e.from()) && chosen.contains(e.to())) {
        g.edge(e);
      }
    }
    return g;
  }

  /** The papers and placeholders of the graph, as an ordered list (for a dossier view). */
  public List<Node> papersByDate() {
    List<Node> out = new ArrayList<>(nodes.values());
    out.removeIf(n -> n.type().equals("request"));
    out.sort(
        Comparator.comparing((Node n) -> n.date() == null ? "9999" : n.date())
            .thenComparing(Node::id));
    return out;
  }
}
