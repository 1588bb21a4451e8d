package org.liaison.coalitions;

/** The change would leave the coalition without a coordinator; nothing changed. */
public class LastCoordinatorException extends RuntimeException {

  public LastCoordinatorException(String username) {
    super(username + " is the coalition's only coordinator: make someone else coordinator first, "
        + "so the coalition always has one.");
  }
}
