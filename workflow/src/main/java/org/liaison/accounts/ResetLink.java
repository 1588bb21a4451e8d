package org.liaison.accounts;

/** What a password reset link is worth: only a {@link State#VALID} one sets a password. */
public record ResetLink(State state, String username) {

  public enum State {
    VALID,
    EXPIRED,
    USED,
    INVALID
  }

  static ResetLink of(State state) {
    return new ResetLink(state, null);
  }
}
