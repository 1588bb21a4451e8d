package org.liaison.notifications;

/** How a member wants notices mailed. */
public enum MailChoice {
  /** Each notice by mail as it happens. */
  EACH,
  /** One mail a day listing the day's notices. */
  DIGEST
}
