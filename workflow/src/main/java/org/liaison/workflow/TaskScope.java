package org.liaison.workflow;

/** Which of a coalition's open tasks an inbox view shows to the person asking. */
public enum TaskScope {
  /** Mine, then my roles' unclaimed tasks (the inbox as it opens). */
  OPEN,
  /** Assigned to me, without a follow-up date in the future. */
  MINE,
  /** Unclaimed tasks offered to one of my roles. */
  TEAM,
  /** Tasks of my roles that a colleague holds (read-only for members). */
  CLAIMED_BY_OTHERS,
  /** Assigned to me with a follow-up date in the future ("show me again on …"). */
  LATER,
  /** Every open task of the coalition; coordinators only. */
  ALL_OPEN
}
