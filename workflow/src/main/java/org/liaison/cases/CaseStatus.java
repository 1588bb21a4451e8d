package org.liaison.cases;

/** Where a case stands; it follows the {@code raise-issue} process. */
public enum CaseStatus {
  /** Waiting for a coordinator to triage it. */
  IN_TRIAGE,
  /** Routed; the owner aligns it with the embassy's priorities and picks the officers. */
  ALIGNING,
  /** The owner is drafting the outreach (first draft or rework). */
  DRAFTING_OUTREACH,
  /** A coordinator is reviewing the outreach. */
  IN_REVIEW,
  /** Kept for cases recorded before outreach was sent by the outbox. */
  READY_TO_SEND,
  /** The outreach went out; waiting for an officer's reply. */
  OUTREACH_SENT,
  /** No reply within the follow-up interval: the owner follows up. */
  FOLLOWING_UP,
  /** Follow-ups went unanswered: a coordinator escalates to Washington experts. */
  ESCALATED,
  /** An officer replied: the meeting is being arranged, held and followed up. */
  MEETING,
  /** A coordinator watches the situation until the case can be closed. */
  MONITORING,
  /** Closed with an outcome. */
  CLOSED,
  /** Withdrawn by the coalition. */
  WITHDRAWN;

  /** Whether the case's lifecycle has ended. */
  public boolean isFinished() {
    return this == CLOSED || this == WITHDRAWN;
  }
}
