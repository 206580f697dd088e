package nl.koers.serve;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Who may upload and how much: a bearer token set at start-up (none means read-only) and a limit on
 * the size of one request.
 */
final class Uploads {
  private final byte[] token;
  private final long maxRequestBytes;

  /**
   * @param token the bearer token uploads need; null or blank makes the server read-only
   */
  Uploads(String token, long maxRequestBytes) {
    this.token =
        token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    this.maxRequestBytes = maxRequestBytes;
  }

  boolean readOnly() {
    return token == null;
  }

  long maxRequestBytes() {
    return maxRequestBytes;
  }

  void authorise(Context ctx) {
    if (token == null) {
      throw new ApiError(
          403,
          "this server is read-only: start it with --token (or KOERS_TOKEN) to allow uploads and"
              + " changes to watches");
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(
          401, "uploads and changes to watches need the header 'Authorization: Bearer <token>'");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    // compared in constant time, so timing does not reveal the token
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new ApiError(401, "the bearer token is wrong");
    }
  }

  /** The uploaded files, refusing a request over the limit before its body is read. */
  List<UploadedFile> files(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    if (length > maxRequestBytes) {
      throw tooLarge(length);
    }
    if (!ctx.isMultipartFormData()) {
      throw ApiError.badRequest(
          "send multipart/form-data with one or more parts named 'file', not "
              + (ctx.contentType() == null ? "no content type" : ctx.contentType()));
    }
    java.util.Map<String, List<UploadedFile>> parts;
    try {
      parts = ctx.uploadedFileMap();
    } catch (IllegalStateException e) {
      // Jetty refuses a multipart body over the configured size while reading it
      throw tooLarge(length);
    } catch (Exception e) { // Jetty throws checked IOExceptions through Javalin, undeclared
      // a broken body (no closing boundary, cut short before its Content-Length): the client's
      // mistake, so a 400 that says what was wrong rather than a 500
      throw ApiError.badRequest(
          "the multipart body could not be read ("
              + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
              + ")");
    }
    for (String name : parts.keySet()) {
      if (!name.equals("file")) {
        throw ApiError.badRequest(
            "the request has a part named '" + name + "'; name every file part 'file'");
      }
    }
    List<UploadedFile> files = parts.getOrDefault("file", List.of());
    if (files.isEmpty()) {
      throw ApiError.badRequest("the request has no file part (name the parts 'file')");
    }
    return files;
  }

  private ApiError tooLarge(long length) {
    return new ApiError(
        413,
        "the upload is "
            + (length < 0 ? "larger than" : length + " bytes; over")
            + " the limit of "
            + maxRequestBytes
            + " bytes (--max-upload)");
  }
}
