package org.liaison.mail.internal;

/** A message that no retry will deliver: it is marked FAILED at once. */
public class UndeliverableMailException extends RuntimeException {

  public UndeliverableMailException(String message, Throwable cause) {
    super(message, cause);
  }
}
