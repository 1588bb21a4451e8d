package org.liaison.accounts;

/** A password reset link that cannot set a password (unknown, altered, expired or used); nothing changed. */
public class ResetLinkNotUsableException extends RuntimeException {

  private final ResetLink.State state;

  public ResetLinkNotUsableException(ResetLink.State state) {
    super(switch (state) {
      case EXPIRED -> "This password reset link has expired. Ask for a new one.";
      case USED -> "This password reset link has already been used. Ask for a new one if you need it.";
      default -> "This password reset link is not valid. Check that you opened the whole link, or ask for a new one.";
    });
    this.state = state;
  }

  public ResetLink.State state() {
    return state;
  }
}
