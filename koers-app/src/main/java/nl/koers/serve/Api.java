package nl.koers.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import nl.koers.analyse.Subjects;
import nl.koers.document.Json;

/** What the route classes share: JSON answers and resolving what a client named. */
final class Api {
  /** The version prefix of every API route. */
  static final String V1 = "/v1";

  private Api() {}

  static void json(Context ctx, Object body) {
    try {
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(Json.mapper().writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** An entity id from an id, QID or label in a query parameter; 400 when it names nothing. */
  static String entityParam(Library library, Context ctx, String name) {
    String key = Params.text(ctx, name);
    return key == null ? null : Subjects.entityId(library.gazetteer(), key);
  }

  static String topicParam(Library library, Context ctx, String name) {
    String key = Params.text(ctx, name);
    return key == null ? null : Subjects.topicId(library.taxonomy(), key);
  }
}
