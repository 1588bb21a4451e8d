package org.liaison.defenders;

/** What was done to a defender record, as its audit trail says. */
public enum AuditAction {
  /** Reported (the protected fields as entered). */
  REPORTED,
  /** A security focal point opened the record with its protected fields. */
  READ,
  /** A coordinator read the protected fields with a stated reason; the focal points were told. */
  BROKE_THE_GLASS,
  /** A focal point added or changed protected fields. */
  CHANGED,
  /** A focal point erased the record: its key is destroyed. */
  ERASED,
  /** A focal point exported the record (identity and history) as a file. */
  EXPORTED
}
