package org.liaison.meetings;

/** Where a meeting stands; kept in step with its embassy-meeting lifecycle. */
public enum MeetingStatus {
  /** The owner is to ask the embassy for the meeting (again, if it did not take place). */
  REQUESTED,
  /** Asked; waiting for the embassy to confirm. */
  AWAITING_CONFIRMATION,
  /** No confirmation within the wait: the owner is to chase it. */
  CONFIRMATION_OVERDUE,
  /** Confirmed: briefing and the meeting itself. */
  CONFIRMED,
  /** Held: the officer is thanked while the agreed next steps are done. */
  FOLLOWING_UP,
  FOLLOWED_UP,
  /** No longer wanted after chasing. */
  DROPPED;

  public boolean isFinished() {
    return this == FOLLOWED_UP || this == DROPPED;
  }
}
