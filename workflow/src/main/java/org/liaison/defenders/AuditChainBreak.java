package org.liaison.defenders;

/**
 * Where a coalition's defender audit chain does not hold: the row (its sequence number in the
 * coalition) at which the check failed and what was found; a row edited or removed in the database.
 */
public record AuditChainBreak(String tenantId, long seq, String problem) {

  @Override
  public String toString() {
    return tenantId + " row " + seq + ": " + problem;
  }
}
