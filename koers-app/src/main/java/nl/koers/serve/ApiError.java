package nl.koers.serve;

/** A request the API refuses, with the status and the message the client sees. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final int retryAfterSeconds;

  ApiError(int status, String message) {
    this(status, message, 0);
  }

  /**
   * @param retryAfterSeconds sent as {@code Retry-After} when positive: the request may succeed
   *     later (the server was busy, the index locked)
   */
  ApiError(int status, String message, int retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  int status() {
    return status;
  }

  int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }
}
