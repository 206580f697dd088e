package nl.koers.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.analyse.TopicProfile;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.document.Meeting;
import nl.koers.document.Motion;
import nl.koers.document.PaperFacts;
import nl.koers.document.Request;

/** A document's facts in the gold schema: the output of {@code koers extract --jsonl}. */
public final class ExtractionRecord {
  private ExtractionRecord() {}

  /** The facts keyed as in gold.jsonl; {@code id} is the kst-id from the text or null. */
  public static Map<String, Object> of(Document d) {
    PaperFacts f = d.facts();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("source", d.source());
    r.put("id", f.id());
    r.put("dossier", f.dossier());
    r.put("dossier_title", f.dossierTitle());
    r.put("number", f.number());
    r.put("heading", f.heading());
    r.put("kind", f.kind());
    r.put("author_role", f.authorRole());
    r.put("date", f.date());
    r.put("signatories", f.signatories());
    r.put("kamerstuk_refs", f.kamerstukRefs());
    List<Map<String, Object>> meetings = new ArrayList<>();
    for (Meeting m : f.meetings()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("body", m.body());
      x.put("date", m.date());
      meetings.add(x);
    }
    r.put("meetings", meetings);
    List<Map<String, Object>> motions = new ArrayList<>();
    for (Motion m : f.motions()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("member", m.member());
      x.put("kst", m.kst());
      motions.add(x);
    }
    r.put("motions", motions);
    List<Map<String, Object>> requests = new ArrayList<>();
    for (Request q : f.requests()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("member", q.member());
      x.put("party", q.party());
      x.put("date", q.date());
      requests.add(x);
    }
    r.put("requests", requests);
    r.put("other_refs", f.otherRefs());
    r.put("entities", entities(d));
    r.put("topics", topics(d));
    r.put("figures", figures(d));
    r.put("commitments", commitments(d));
    r.put("stance", stance(d));
    r.put("index_id", d.id());
    return r;
  }

  private static Map<String, Object> span(Document d, Annotation a) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("text", d.quote(a.span()));
    x.put("begin", a.span().begin());
    x.put("end", a.span().end());
    return x;
  }

  private static List<Map<String, Object>> entities(Document d) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Annotation a : d.annotations(AnnotationType.ENTITY)) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", a.value());
      x.put("type", a.attribute("type"));
      x.put("qid", a.attribute("qid"));
      x.putAll(span(d, a));
      out.add(x);
    }
    return out;
  }

  private static List<Map<String, Object>> topics(Document d) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (TopicProfile.Share s : TopicProfile.of(d).shares()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("topic", s.topic());
      x.put("paragraphs", s.paragraphs());
      x.put("share", Math.round(s.share() * 1000) / 1000.0);
      x.put("cues", s.cues());
      out.add(x);
    }
    return out;
  }

  private static List<Map<String, Object>> figures(Document d) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Annotation a : d.annotations(AnnotationType.FIGURE)) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("text", d.quote(a.span()));
      // a plain decimal, never 1.5E9: the annotation's value has no exponent and BigDecimal keeps
      // it
      x.put("value", new java.math.BigDecimal(a.value()));
      x.put("unit", a.attribute("unit"));
      if (a.attribute("year") != null) {
        x.put("year", Integer.parseInt(a.attribute("year")));
      }
      x.put("measure", a.attribute("measure"));
      x.put("direction", a.attribute("direction"));
      x.put("begin", a.span().begin());
      x.put("end", a.span().end());
      out.add(x);
    }
    return out;
  }

  private static List<Map<String, Object>> commitments(Document d) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Annotation a : d.annotations(AnnotationType.COMMITMENT)) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("actor", a.attribute("actor"));
      x.put("kind", a.attribute("kind"));
      x.put("action", a.value());
      x.put("due", a.attribute("due"));
      x.put("conditional", "true".equals(a.attribute("conditional")));
      x.putAll(span(d, a));
      out.add(x);
    }
    return out;
  }

  /**
   * One item per (sentence, target): whose position ({@code holder}), toward which gazetteer id
   * ({@code target}), polarity −1/0/+1, the score and the cues that fired.
   */
  private static List<Map<String, Object>> stance(Document d) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Annotation a : d.annotations(AnnotationType.STANCE)) {
      String target = a.attribute("target");
      if (target == null || target.isEmpty()) {
        continue; // a topic-only stance: it has no gazetteer target to report
      }
      Map<String, Object> x = new LinkedHashMap<>();
      x.putAll(span(d, a));
      x.put("holder", a.attribute("holder"));
      x.put("target", target);
      x.put("polarity", Integer.parseInt(a.attribute("polarity")));
      x.put("score", Double.parseDouble(a.value()));
      x.put("cues", java.util.Arrays.asList(a.attribute("cues").split(", ")));
      out.add(x);
    }
    return out;
  }
}
