package nl.koers.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.koers.watch.Delivery;
import nl.koers.watch.Item;
import nl.koers.watch.Watch;

/**
 * Sends a watch's digest as one plain-text e-mail per run: each new paper with its title, date,
 * best passage and links (its Koers page and its official page). Only for watches with an e-mail
 * address, and only when their digest is due ({@code --every}).
 */
public final class MailDigest implements Delivery {
  /** Seconds to connect, read and write before the server counts as unreachable. */
  static final int TIMEOUT_MILLIS = 20_000;

  private final SmtpSettings smtp;

  public MailDigest(SmtpSettings smtp) {
    this.smtp = smtp;
  }

  @Override
  public void deliver(Watch watch, List<Item> fresh, List<Item> digest) throws IOException {
    if (watch.email() == null || digest.isEmpty()) {
      return;
    }
    Properties p = new Properties();
    p.put("mail.smtp.host", smtp.host());
    p.put("mail.smtp.port", Integer.toString(smtp.port()));
    p.put("mail.smtp.auth", Boolean.toString(smtp.user() != null));
    p.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
    // never fall back to sending the password in the clear when STARTTLS was asked for
    p.put("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
    p.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    p.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
    p.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
    Session session = Session.getInstance(p);
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(smtp.from()));
      m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(watch.email()));
      m.setSubject(subject(watch, digest), "UTF-8");
      m.setSentDate(new Date());
      m.setText(text(watch, digest, smtp.base()), "UTF-8");
      m.setHeader("X-Koers-Watch", watch.name());
      if (smtp.user() != null) {
        Transport.send(m, smtp.user(), smtp.password());
      } else {
        Transport.send(m);
      }
    } catch (AuthenticationFailedException e) {
      throw new IOException(
          "the SMTP server "
              + smtp.host()
              + ":"
              + smtp.port()
              + " refused the login of "
              + smtp.user()
              + " (check --smtp-user and the password); nothing was sent, the next run tries"
              + " again",
          e);
    } catch (MessagingException e) {
      throw new IOException(
          "could not send the digest of watch "
              + watch.name()
              + " through "
              + smtp.host()
              + ":"
              + smtp.port()
              + ": "
              + e.getMessage()
              + "; the next run tries again",
          e);
    }
  }

  static String subject(Watch watch, List<Item> items) {
    return String.format(
        Locale.ROOT,
        "Koers: %d new paper%s for %s",
        items.size(),
        items.size() == 1 ? "" : "s",
        watch.name());
  }

  /** The digest's text: one block per paper. */
  static String text(Watch watch, List<Item> items, String base) {
    StringBuilder b = new StringBuilder();
    b.append("Watch ").append(watch.name()).append(" (").append(watch.describe()).append(")\n");
    b.append(items.size()).append(" new paper").append(items.size() == 1 ? "" : "s").append("\n");
    for (Item i : items) {
      b.append("\n").append(i.title() == null ? i.id() : i.title()).append('\n');
      b.append(i.id());
      if (i.date() != null) {
        b.append(", ").append(i.date());
      }
      if (i.kind() != null) {
        b.append(", ").append(i.kind());
      }
      b.append('\n');
      if (i.passage() != null && !i.passage().isBlank()) {
        b.append("  ").append(i.passage()).append('\n');
      }
      b.append("  ")
          .append(base)
          .append("/paper.html?id=")
          .append(URLEncoder.encode(i.id(), StandardCharsets.UTF_8))
          .append('\n');
      if (i.official() != null) {
        b.append("  ").append(i.official()).append('\n');
      }
    }
    b.append("\nFeed: ")
        .append(base)
        .append("/v1/watches/")
        .append(watch.name())
        .append("/feed.atom\n");
    return b.toString();
  }
}
