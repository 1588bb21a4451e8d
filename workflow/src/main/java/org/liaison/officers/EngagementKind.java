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
  COURT_HEARING_REQUEST
}
