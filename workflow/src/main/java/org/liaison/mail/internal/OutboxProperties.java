package org.liaison.mail.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox sends ({@code liaison.mail.*}). The schedule itself is
 * {@code liaison.mail.dispatch-interval} (default 5s) and {@code liaison.mail.dispatcher.enabled}
 * (default true); the SMTP server is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender of every message, e.g. {@code Liaison <liaison@coalition.example>}
 * @param batchSize how many due messages of one coalition one transaction locks and sends; 1 (the default)
 *     marks each message SENT in a transaction of its own, so a crash re-sends at most the one in flight
 *     (a larger batch saves transactions, but a crash re-sends every message of it already handed over)
 * @param maxAttempts after this many failed attempts a message is marked FAILED
 * @param firstRetryAfter the wait after the first failure; it doubles with each further failure
 * @param maxRetryAfter the longest wait between two attempts
 * @param requireSmtp refuse to start without an SMTP server, instead of falling back to the catcher
 */
@Validated
@ConfigurationProperties(prefix = "liaison.mail")
public record OutboxProperties(
    @DefaultValue("Liaison <liaison@localhost>")
    @NotBlank(message = "set LIAISON_MAIL_FROM to the sender address of Liaison's mail") String from,
    @DefaultValue("1") @Min(1) @Max(500) int batchSize,
    @DefaultValue("8") @Min(1) @Max(100) int maxAttempts,
    @DefaultValue("30s") Duration firstRetryAfter,
    @DefaultValue("1h") Duration maxRetryAfter,
    @DefaultValue("false") boolean requireSmtp) {

  /** The wait before the next attempt after {@code failedAttempts} failures (1 or more). */
  public Duration retryAfter(int failedAttempts) {
    int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
    Duration wait = firstRetryAfter.multipliedBy(1L << doublings);
    return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
  }
}
