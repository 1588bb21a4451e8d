package org.liaison.hearings;

/** Where a hearing stands; kept in step with its court-hearing lifecycle. */
public enum HearingStatus {
  /** Waiting for the date to ask officers to attend (the hearing date minus the coalition's lead). */
  SCHEDULED,
  /** The owner is to ask officers to attend. */
  REQUEST_DUE,
  /** Asked; the owner is to confirm who will attend. */
  AWAITING_CONFIRMATION,
  /** Attendance confirmed; waiting for the hearing day. */
  ATTENDANCE_CONFIRMED,
  /** The hearing day has come: the owner is to record who attended and what was observed. */
  OBSERVATION_DUE,
  /** A coordinator is to debrief the observation. */
  DEBRIEF_DUE,
  OBSERVED,
  CANCELLED;

  public boolean isFinished() {
    return this == OBSERVED || this == CANCELLED;
  }
}
