package org.liaison.convenings;

/** Where a convening stands in its lifecycle. */
public enum ConveningStatus {
  /** Proposed: the owner agrees format and hosting. */
  PROPOSED,
  /** Invitations sent: RSVPs come in until the deadline, then the owner confirms the logistics. */
  INVITATIONS_SENT,
  /** Goes ahead: its outcomes are recorded once it has been held. */
  CONFIRMED,
  HELD,
  CANCELLED;

  public boolean isFinished() {
    return this == HELD || this == CANCELLED;
  }
}
