package nl.koers.mail;

/**
 * How to reach the SMTP server that sends watch digests.
 *
 * @param user the login, or null for a server that needs none
 * @param password the login's password (from an environment variable or a file, never the command
 *     line)
 * @param startTls whether the connection must be upgraded with STARTTLS before logging in
 * @param from the sender address of the digests
 * @param base the address of the Koers server, for links in the digest ({@code
 *     http://127.0.0.1:8080})
 */
public record SmtpSettings(
    String host,
    int port,
    String user,
    String password,
    boolean startTls,
    String from,
    String base) {
  public SmtpSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("--smtp-host is needed to send e-mail");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("--smtp-port must be between 1 and 65535, was " + port);
    }
    if (user != null && password == null) {
      throw new IllegalArgumentException(
          "--smtp-user needs a password: set KOERS_SMTP_PASSWORD or --smtp-password-file");
    }
  }
}
