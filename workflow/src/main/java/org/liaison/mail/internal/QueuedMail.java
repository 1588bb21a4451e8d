package org.liaison.mail.internal;

import java.util.List;
import java.util.UUID;

/** A due message as the dispatcher hands it to a {@link MailTransport}. */
public record QueuedMail(UUID id, String tenantId, String idempotencyKey, List<String> to, String subject,
    String body, int attempts) {

  public QueuedMail {
    to = List.copyOf(to);
  }
}
