package org.liaison.mail.internal;

import org.liaison.mail.DeliveredVia;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport of the embedded default, when no SMTP server is configured: it accepts every message
 * and sends nothing. The message stays in the outbox, marked as delivered via the catcher, and the
 * Sent mail page shows it as it would have gone out.
 */
final class MailCatcher implements MailTransport {

  private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

  @Override
  public DeliveredVia via() {
    return DeliveredVia.CATCHER;
  }

  @Override
  public void deliver(QueuedMail mail) {
    log.info("Mail catcher: message {} to {} recipient(s) kept on the Sent mail page, not sent "
        + "(no SMTP server is configured: spring.mail.host)", mail.id(), mail.to().size());
  }
}
