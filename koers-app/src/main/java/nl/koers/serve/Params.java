package nl.koers.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** Reads query parameters, refusing malformed ones with a 400 that names the parameter. */
final class Params {
  private Params() {}

  /** A parameter's value, or null when absent or blank. */
  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  static String required(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      throw ApiError.badRequest("parameter '" + name + "' is required");
    }
    return v;
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiError.badRequest(
            "parameter '" + name + "' must be between " + min + " and " + max + ", was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("parameter '" + name + "' must be a whole number, was '" + v + "'");
    }
  }

  static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(
          "parameter '" + name + "' must be a date YYYY-MM-DD, was '" + v + "'");
    }
  }

  static boolean flag(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw ApiError.badRequest(
              "parameter '" + name + "' must be true or false, was '" + v + "'");
    };
  }

  /** One of the allowed values (compared without case), or the fallback when absent. */
  static String choice(Context ctx, String name, String fallback, Set<String> allowed) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      throw ApiError.badRequest(
          "parameter '"
              + name
              + "' must be one of "
              + String.join(", ", allowed.stream().sorted().toList())
              + ", was '"
              + v
              + "'");
    }
    return lower;
  }
}
