package nl.koers.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    r.put("index_id", d.id());
    return r;
  }
}
