package org.liaison.mail;

/** Where a queued message stands. */
public enum MailStatus {
  /** Queued, not delivered yet: waiting for the dispatcher, or for its next attempt after a failure. */
  PENDING,
  /** Handed to the SMTP server (or recorded by the mail catcher). */
  SENT,
  /** Given up after the configured number of attempts, or refused as undeliverable. */
  FAILED
}
