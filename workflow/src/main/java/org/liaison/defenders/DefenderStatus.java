package org.liaison.defenders;

/** Where the response to a defender at risk stands. */
public enum DefenderStatus {
  /** Reported: security assesses the risk (escalated to a coordinator after the assessment SLA). */
  ASSESSING,
  /** Risk confirmed: the embassy is notified, emergency assistance and diplomatic engagement requested. */
  PROTECTING,
  /** Protection in place: security checks on the defender every monitoring interval. */
  MONITORING,
  /** Closed: the defender is safe. */
  SAFE,
  /** Closed: the assessment found no protection needed. */
  NO_PROTECTION_NEEDED;

  public boolean isFinished() {
    return this == SAFE || this == NO_PROTECTION_NEEDED;
  }
}
