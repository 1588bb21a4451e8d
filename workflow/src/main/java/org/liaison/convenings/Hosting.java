package org.liaison.convenings;

/** Who hosts a convening: the coalition, the coalition with an embassy, or an embassy at the coalition's request. */
public enum Hosting {
  HOSTED,
  CO_HOSTED,
  REQUESTED_FROM_EMBASSY;

  /** Whether an embassy takes part in hosting, so one must be named. */
  public boolean needsEmbassy() {
    return this != HOSTED;
  }
}
