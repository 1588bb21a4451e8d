package org.liaison.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message in the coalition's outbox as the Sent mail page shows it.
 *
 * @param lastError why the last attempt failed, in one line; null if none failed
 * @param sentAt when it was handed over; null until then
 * @param deliveredVia how it was handed over; null until then
 */
public record SentMail(UUID id, List<String> to, String subject, String body, MailStatus status, int attempts,
    String lastError, Instant queuedAt, Instant sentAt, DeliveredVia deliveredVia) {

  public SentMail {
    to = List.copyOf(to);
  }
}
