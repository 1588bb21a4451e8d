package org.liaison.notifications;

/** Why a member was told something. */
public enum NoticeKind {
  /** A task was given to them (an owner's step, a hand-over, a stand-in). */
  ASSIGNED("assigned"),
  /** A task of theirs is due within a day. */
  DUE_SOON("due-soon"),
  /** A task of theirs passed its due date. */
  OVERDUE("overdue"),
  /** A defender at risk was reported (security focal points). */
  DEFENDER_REPORTED("defender-reported"),
  /** Half a defender assessment's SLA passed without an assessment (coordinators). */
  DEFENDER_HALF_SLA("defender-half-sla");

  private final String key;

  NoticeKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static NoticeKind of(String key) {
    for (NoticeKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown notice kind " + key);
  }
}
