package nl.koers.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiResponse;
import java.util.function.Supplier;

/** {@code GET /v1/schedule}: how the background sync and watch runs went. */
final class ScheduleRoutes {
  private final Supplier<Schedule> schedule;

  ScheduleRoutes(Supplier<Schedule> schedule) {
    this.schedule = schedule;
  }

  void register(Javalin app) {
    app.get(Api.V1 + "/schedule", this::status);
  }

  @OpenApi(
      path = "/v1/schedule",
      methods = HttpMethod.GET,
      tags = "meta",
      summary =
          "The background schedule of serve --sync-every/--watch-every: each job's runs, failures"
              + " and last error",
      responses = @OpenApiResponse(status = "200", description = "the schedule"))
  void status(Context ctx) {
    Schedule s = schedule.get();
    Api.json(ctx, s == null ? Schedule.disabled() : s.status());
  }
}
