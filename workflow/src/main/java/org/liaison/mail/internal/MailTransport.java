package org.liaison.mail.internal;

import org.liaison.mail.DeliveredVia;

/** Hands one message over: to an SMTP server, or to the built-in mail catcher. */
public interface MailTransport {

  /** How this transport delivers. */
  DeliveredVia via();

  /**
   * Delivers the message or throws. Returning means the receiving side has accepted it.
   *
   * @throws UndeliverableMailException when retrying cannot help (e.g. an address the server refuses)
   * @throws RuntimeException for anything else, which is retried later
   */
  void deliver(QueuedMail mail);
}
