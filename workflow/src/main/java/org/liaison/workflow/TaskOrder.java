package org.liaison.workflow;

/** The order of an inbox page; ties are broken by creation time and id, so pages never overlap. */
public enum TaskOrder {
  /** Earliest due date first; tasks without one last. */
  DUE,
  /** Waiting longest first (creation time). */
  WAITING,
  /** The steps of one record together (by the record's lifecycle instance), oldest first within it. */
  RECORD
}
