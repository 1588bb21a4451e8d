package org.liaison.cases;

import java.time.Instant;

/** One entry of a case's timeline: who did what, when, with an optional detail (a comment, a note). */
public record CaseActivity(Instant at, String actor, Kind kind, String detail) {

  public enum Kind {
    RAISED,
    TRIAGED,
    OUTREACH_DRAFTED,
    OUTREACH_SENT_BACK,
    OUTREACH_APPROVED,
    OUTREACH_SENT,
    ROUTED,
    ALIGNED,
    FOLLOWED_UP,
    ESCALATED,
    OFFICER_REPLIED,
    MONITORED,
    CLOSED,
    WITHDRAWN
  }
}
