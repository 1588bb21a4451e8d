package org.liaison.runtime;

/**
 * The embedded database cannot start, for a reason the person running Liaison can fix. The message
 * is one line that says what is wrong and what to do; it is all they see (no stack trace).
 */
public class EmbeddedDatabaseException extends RuntimeException {

  public EmbeddedDatabaseException(String message) {
    super(message);
  }

  public EmbeddedDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
