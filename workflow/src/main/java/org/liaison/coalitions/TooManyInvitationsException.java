package org.liaison.coalitions;

/** The coalition sent as many invitations in the last hour as it may; nothing was sent. */
public class TooManyInvitationsException extends RuntimeException {

  public TooManyInvitationsException(int perHour) {
    super("This coalition has sent " + perHour + " invitations in the last hour, as many as it may. "
        + "Try again later; invitations already sent keep working.");
  }
}
