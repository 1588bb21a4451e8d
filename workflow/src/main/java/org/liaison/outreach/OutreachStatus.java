package org.liaison.outreach;

public enum OutreachStatus {
  /** Drafted and waiting for review. */
  IN_REVIEW,
  /** Sent back by the reviewer; the owner is reworking it. */
  CHANGES_REQUESTED,
  /** Approved; not sent yet. */
  APPROVED,
  /** Sent to the embassy. */
  SENT
}
