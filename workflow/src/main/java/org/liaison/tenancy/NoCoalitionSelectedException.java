package org.liaison.tenancy;

/** Work was attempted without a coalition; Liaison never guesses one. */
public class NoCoalitionSelectedException extends IllegalStateException {

  public NoCoalitionSelectedException() {
    super("No coalition is selected for this request; choose a coalition first");
  }

  public NoCoalitionSelectedException(String message) {
    super(message);
  }
}
