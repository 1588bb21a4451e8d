package org.liaison.tenancy;

/** A user asked to act for a coalition they do not belong to. */
public class NotAMemberException extends RuntimeException {

  public NotAMemberException(String username, String tenantId) {
    super("User '" + username + "' is not a member of coalition '" + tenantId + "'");
  }
}
