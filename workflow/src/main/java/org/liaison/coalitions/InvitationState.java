package org.liaison.coalitions;

/** What an invitation link is worth now. */
public enum InvitationState {
  VALID,
  EXPIRED,
  USED,
  REVOKED,
  SUSPENDED,
  INVALID
}
