package org.liaison.mail;

import java.util.Locale;

/** How a message left Liaison. */
public enum DeliveredVia {
  /** Handed to the configured SMTP server ({@code spring.mail.host}). */
  SMTP,
  /** Recorded by the built-in mail catcher: no SMTP server is configured, nothing left the machine. */
  CATCHER;

  /** The value stored in the outbox table. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DeliveredVia fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
