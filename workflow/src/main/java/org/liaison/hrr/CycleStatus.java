package org.liaison.hrr;

/** Where one year's input stands. */
public enum CycleStatus {
  /** Collecting the organisations' input, then compiling and reviewing it. */
  OPEN,
  /** Sent to the embassy's human-rights officer. */
  SUBMITTED,
  /** The embassy acknowledged it. */
  ACKNOWLEDGED
}
