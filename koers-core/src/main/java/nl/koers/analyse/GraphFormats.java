package nl.koers.analyse;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.koers.document.Json;

/** Writes a {@link CitationGraph} as JSON, GraphML (Gephi, yEd) or Graphviz DOT. */
public final class GraphFormats {
  private GraphFormats() {}

  public static String write(CitationGraph g, String format) {
    return switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "json" -> json(g);
      case "graphml" -> graphml(g);
      case "dot" -> dot(g);
      default ->
          throw new IllegalArgumentException(
              "--format must be json, graphml or dot, not " + format);
    };
  }

  static String json(CitationGraph g) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("nodes", g.nodes());
    root.put("edges", g.edges());
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String graphml(CitationGraph g) {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    for (String key : new String[] {"type", "title", "date", "kind", "dossier", "member"}) {
      b.append("  <key id=\"")
          .append(key)
          .append("\" for=\"node\" attr.name=\"")
          .append(key)
          .append("\" attr.type=\"string\"/>\n");
    }
    b.append("  <key id=\"etype\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n");
    b.append("  <key id=\"emember\" for=\"edge\" attr.name=\"member\" attr.type=\"string\"/>\n");
    b.append("  <graph id=\"koers\" edgedefault=\"directed\">\n");
    for (CitationGraph.Node n : g.nodes()) {
      b.append("    <node id=\"").append(xml(n.id())).append("\">");
      data(b, "type", n.type());
      data(b, "title", n.title());
      data(b, "date", n.date());
      data(b, "kind", n.kind());
      data(b, "dossier", n.dossier());
      data(b, "member", n.member());
      b.append("</node>\n");
    }
    int i = 0;
    for (CitationGraph.Edge e : g.edges()) {
      b.append("    <edge id=\"e")
          .append(i++)
          .append("\" source=\"")
          .append(xml(e.from()))
          .append("\" target=\"")
          .append(xml(e.to()))
          .append("\">");
      data(b, "etype", e.type());
      data(b, "emember", e.member());
      b.append("</edge>\n");
    }
    b.append("  </graph>\n</graphml>\n");
    return b.toString();
  }

  private static void data(StringBuilder b, String key, String value) {
    if (value != null) {
      b.append("<data key=\"").append(key).append("\">").append(xml(value)).append("</data>");
    }
  }

  static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static String dot(CitationGraph g) {
    StringBuilder b = new StringBuilder("digraph koers {\n  rankdir=LR;\n");
    for (CitationGraph.Node n : g.nodes()) {
      String shape =
          switch (n.type()) {
            case "placeholder" -> "box, style=dashed";
            case "request" -> "ellipse, style=dotted";
            default -> "box";
          };
      String label =
          n.id()
              + (n.date() == null ? "" : "\n" + n.date())
              + (n.kind() == null ? "" : "\n" + n.kind());
      b.append("  \"")
          .append(quote(n.id()))
          .append("\" [shape=")
          .append(shape)
          .append(", label=\"")
          .append(quote(label).replace("\n", "\\n"))
          .append("\"];\n");
    }
    for (CitationGraph.Edge e : g.edges()) {
      b.append("  \"")
          .append(quote(e.from()))
          .append("\" -> \"")
          .append(quote(e.to()))
          .append("\" [label=\"")
          .append(quote(e.type() + (e.member() == null ? "" : " " + e.member())))
          .append("\"];\n");
    }
    return b.append("}\n").toString();
  }

  private static String quote(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
