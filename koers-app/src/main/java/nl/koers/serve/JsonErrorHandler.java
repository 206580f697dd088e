package nl.koers.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.koers.document.Json;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own answers (a URI or headers too large, a request it cannot parse) as the JSON errors
 * the API documents, {@code {status, error}}, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  JsonErrorHandler() {
    setShowStacks(false);
    setShowServlet(false);
  }

  /** Errors found before a request reached Javalin: 400, 414, 431 and the like. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    return ByteBuffer.wrap(body(status, reason));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json; charset=utf-8");
    response.getOutputStream().write(body(code, message));
  }

  static byte[] body(int status, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    String message = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    body.put("error", message == null ? "error" : message);
    try {
      return Json.mapper().writeValueAsBytes(body);
    } catch (IOException e) {
      return ("{\"status\":" + status + ",\"error\":\"error\"}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
