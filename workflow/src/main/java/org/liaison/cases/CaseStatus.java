package org.liaison.cases;

/** Where a case stands; it follows the {@code raise-issue} process. */
public enum CaseStatus {
  /** Waiting for a coordinator to triage it. */
  IN_TRIAGE,
  /** The owner is drafting the outreach (first draft or rework). */
  DRAFTING_OUTREACH,
  /** A coordinator is reviewing the outreach. */
  IN_REVIEW,
  /** Approved; waiting for the owner to send it and record the sending. */
  READY_TO_SEND,
  /** The outreach was sent to the embassy. */
  OUTREACH_SENT
}
