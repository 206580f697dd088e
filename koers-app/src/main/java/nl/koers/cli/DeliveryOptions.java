package nl.koers.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.koers.mail.MailDigest;
import nl.koers.mail.SmtpSettings;
import nl.koers.watch.Delivery;
import nl.koers.watch.Webhook;
import picocli.CommandLine.Option;

/**
 * How watch news leaves Koers, shared by {@code koers watch run} and {@code koers serve
 * --watch-every}: SMTP for e-mail digests, the secret webhooks are signed with, and the server
 * address links point to. Secrets come from the environment or a file, never the command line.
 */
public final class DeliveryOptions {
  @Option(
      names = "--smtp-host",
      paramLabel = "HOST",
      description = "SMTP server for e-mail digests")
  String smtpHost;

  @Option(
      names = "--smtp-port",
      paramLabel = "PORT",
      description = "SMTP port (default: ${DEFAULT-VALUE})")
  int smtpPort = 587;

  @Option(names = "--smtp-user", paramLabel = "USER", description = "SMTP login")
  String smtpUser;

  @Option(
      names = "--smtp-password-file",
      paramLabel = "FILE",
      description =
          "read the SMTP password from the first line of FILE (default: env KOERS_SMTP_PASSWORD)")
  Path smtpPasswordFile;

  @Option(
      names = "--smtp-starttls",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "require STARTTLS before logging in (default: on; --no-smtp-starttls for a local relay)")
  boolean smtpStartTls = true;

  @Option(
      names = "--smtp-from",
      paramLabel = "ADDRESS",
      description = "sender of the digests (default: ${DEFAULT-VALUE})")
  String smtpFrom = "koers@localhost";

  @Option(
      names = "--webhook-secret-file",
      paramLabel = "FILE",
      description =
          "sign webhook posts with the secret in FILE (default: env KOERS_WEBHOOK_SECRET)")
  Path webhookSecretFile;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "address of koers serve, for links in e-mails (default: http://127.0.0.1:8080; under"
              + " serve: its own address)")
  String baseUrl;

  static String firstLine(Path file, String option) throws IOException {
    String first = Files.readString(file).strip().lines().findFirst().orElse("").strip();
    if (first.isEmpty()) {
      throw new IllegalArgumentException(option + ": " + file + " is empty");
    }
    return first;
  }

  /**
   * The deliveries these options make: webhooks always (signed when a secret is known), e-mail when
   * an SMTP host is given; without one, a watch with an address fails with a message saying so.
   */
  public List<Delivery> deliveries() throws IOException {
    return deliveries("http://127.0.0.1:8080");
  }

  /**
   * As {@link #deliveries()}, with links to {@code defaultBase} unless --base-url says otherwise.
   */
  public List<Delivery> deliveries(String defaultBase) throws IOException {
    String baseUrl = this.baseUrl == null ? defaultBase : this.baseUrl;
    List<Delivery> out = new ArrayList<>();
    String secret =
        webhookSecretFile != null
            ? firstLine(webhookSecretFile, "--webhook-secret-file")
            : System.getenv("KOERS_WEBHOOK_SECRET");
    out.add(Webhook.standard(secret));
    if (smtpHost == null) {
      out.add(
          (watch, fresh, digest) -> {
            if (watch.email() != null && !digest.isEmpty()) {
              throw new IOException(
                  "watch "
                      + watch.name()
                      + " sends e-mail to "
                      + watch.email()
                      + " but no --smtp-host was given; its papers wait for the next run");
            }
          });
    } else {
      String password =
          smtpPasswordFile != null
              ? firstLine(smtpPasswordFile, "--smtp-password-file")
              : System.getenv("KOERS_SMTP_PASSWORD");
      String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
      out.add(
          new MailDigest(
              new SmtpSettings(
                  smtpHost, smtpPort, smtpUser, password, smtpStartTls, smtpFrom, base)));
    }
    return out;
  }
}
