package org.liaison.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.liaison.mail.DeliveredVia;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends through Spring's {@link JavaMailSender} (Spring Boot configures it from {@code spring.mail.*}).
 * Every message carries a {@code Message-ID} derived from its coalition and idempotency key, so a
 * message sent again after a crash (see {@link OutboxDispatcher}) has the same id as the first copy
 * and receivers that deduplicate by Message-ID show it once.
 */
final class SmtpTransport implements MailTransport {

  private final JavaMailSender sender;
  private final InternetAddress from;
  private final String messageIdDomain;

  SmtpTransport(JavaMailSender sender, String from) {
    this.sender = sender;
    try {
      this.from = new InternetAddress(from, true);
    } catch (AddressException e) {
      throw new IllegalStateException("liaison.mail.from is not a valid sender address: '" + from + "'", e);
    }
    String address = this.from.getAddress();
    this.messageIdDomain = address.substring(address.indexOf('@') + 1);
  }

  @Override
  public DeliveredVia via() {
    return DeliveredVia.SMTP;
  }

  @Override
  public void deliver(QueuedMail mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(mail.to().toArray(String[]::new));
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      // JavaMailSenderImpl keeps a Message-ID that is set before sending (saveChanges would replace it)
      message.setHeader("Message-ID", messageId(mail.tenantId(), mail.idempotencyKey(), messageIdDomain));
    } catch (MessagingException e) {
      throw new UndeliverableMailException("The message cannot be built: " + e.getMessage(), e);
    }
    try {
      sender.send(message);
    } catch (MailSendException e) {
      if (refusedRecipients(e)) {
        throw new UndeliverableMailException("The mail server refused the recipients: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  /** {@code <32 hex digits@domain>}: the same for the same coalition and idempotency key, different otherwise. */
  static String messageId(String tenantId, String idempotencyKey, String domain) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((tenantId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@" + domain + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The server answered a recipient with a permanent (5xx) refusal: sending again would be refused again. */
  private static boolean refusedRecipients(MailSendException e) {
    for (Exception failure : e.getFailedMessages().values()) {
      for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
            && sendFailed.getInvalidAddresses().length > 0) {
          return true;
        }
      }
    }
    return false;
  }
}
