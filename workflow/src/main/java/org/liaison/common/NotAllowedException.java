package org.liaison.common;

/** The current user's role in this coalition does not allow the action. */
public class NotAllowedException extends RuntimeException {

  public NotAllowedException(String message) {
    super(message);
  }
}
