package org.liaison.coalitions;

/** The kinds of membership change the audit records. */
public enum AuditAction {
  COALITION_CREATED,
  INVITED,
  INVITATION_RESENT,
  INVITATION_REVOKED,
  ACCEPTED,
  ROLES_CHANGED,
  REMOVED,
  TASK_REASSIGNED,
  SUSPENDED,
  REACTIVATED
}
