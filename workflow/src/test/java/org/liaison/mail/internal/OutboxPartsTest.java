package org.liaison.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The outbox's small decisions: retry waits, failure reasons, Message-IDs, permanent refusals. */
class OutboxPartsTest {

  @Test
  void the_wait_before_a_retry_doubles_up_to_the_limit() {
    OutboxProperties properties = new OutboxProperties("x@example.org", 20, 8, Duration.ofSeconds(30), Duration.ofMinutes(5), false);
    assertThat(List.of(1, 2, 3, 4, 5, 6, 60).stream().map(properties::retryAfter)).containsExactly(
        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
        Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(5));
  }

  @Test
  void a_failure_is_recorded_as_one_short_line_with_its_root_cause() {
    Exception connect = new MailSendException("Mail server connection failed",
        new jakarta.mail.MessagingException("Couldn't connect to host, port: 127.0.0.1, 1; timeout 2000",
            new ConnectException("Connection refused")));
    assertThat(OutboxDispatcher.reason(connect))
        .isEqualTo("Mail server connection failed (ConnectException: Connection refused)");
    Exception failedMessage = new MailSendException("Mail server connection failed", null, Map.of("message",
        new jakarta.mail.MessagingException("Couldn't connect to host, port: 127.0.0.1, 1; timeout 2000;",
            new ConnectException("Connection refused"))));
    assertThat(OutboxDispatcher.reason(failedMessage))
        .isEqualTo("Couldn't connect to host, port: 127.0.0.1, 1; timeout 2000 (ConnectException: Connection refused)");
    assertThat(OutboxDispatcher.reason(new IllegalStateException("x".repeat(2000) + "\n\tat somewhere")))
        .hasSize(OutboxDispatcher.MAX_ERROR_LENGTH).doesNotContain("\n").endsWith("…");
  }

  @Test
  void the_message_id_depends_on_the_coalition_and_the_key_only() {
    String id = SmtpTransport.messageId("press", "outreach:1", "coalition.example");
    assertThat(id).matches("<[0-9a-f]{32}@coalition\\.example>")
        .isEqualTo(SmtpTransport.messageId("press", "outreach:1", "coalition.example"))
        .isNotEqualTo(SmtpTransport.messageId("labor", "outreach:1", "coalition.example"))
        .isNotEqualTo(SmtpTransport.messageId("press", "outreach:2", "coalition.example"));
  }

  @Test
  void recipients_the_server_refuses_are_undeliverable_other_failures_are_retried() {
    QueuedMail mail = new QueuedMail(UUID.randomUUID(), "press", "k", List.of("gone@example.org"), "S", "B", 0);
    SmtpTransport refusing = new SmtpTransport(failingWith(new SendFailedException("550 No such user", null,
        new InternetAddress[0], new InternetAddress[0], new InternetAddress[] {address("gone@example.org")})),
        "Liaison <liaison@coalition.example>");
    assertThatThrownBy(() -> refusing.deliver(mail)).isInstanceOf(UndeliverableMailException.class);

    SmtpTransport down = new SmtpTransport(failingWith(new jakarta.mail.MessagingException("connect failed")),
        "Liaison <liaison@coalition.example>");
    assertThatThrownBy(() -> down.deliver(mail)).isInstanceOf(MailSendException.class)
        .isNotInstanceOf(UndeliverableMailException.class);
  }

  @Test
  void an_invalid_sender_address_is_refused_at_start() {
    assertThatThrownBy(() -> new SmtpTransport(new JavaMailSenderImpl(), "not an address"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("liaison.mail.from");
  }

  private static JavaMailSenderImpl failingWith(Exception failure) {
    return new JavaMailSenderImpl() {
      @Override
      protected void doSend(MimeMessage[] messages, Object[] originals) {
        throw new MailSendException("Failed messages", null, Map.of(messages[0], failure));
      }
    };
  }

  private static InternetAddress address(String text) {
    try {
      return new InternetAddress(text);
    } catch (jakarta.mail.internet.AddressException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
