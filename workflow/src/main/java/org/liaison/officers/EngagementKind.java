package org.liaison.officers;

/** The kinds of touch with an officer the seed describes. */
public enum EngagementKind {
  QUESTION,
  INFORMATION_SHARING,
  RAISING_ISSUE,
  REPLY,
  MEETING,
  EVENT_INVITATION,
  SITE_VISIT,
  COURT_HEARING_REQUEST,
  /** A call logged on the officer's page. */
  CALL,
  /** An e-mail exchange logged on the officer's page. */
  EMAIL,
  /** Met at an event (logged on the officer's page). */
  EVENT
}
