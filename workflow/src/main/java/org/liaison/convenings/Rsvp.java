package org.liaison.convenings;

/** An invitee's answer. */
public enum Rsvp {
  PENDING,
  ACCEPTED,
  DECLINED
}
