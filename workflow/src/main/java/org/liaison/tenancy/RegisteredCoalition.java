package org.liaison.tenancy;

import java.time.Instant;

/**
 * A coalition as the platform knows it: its identity, whether it is active, and who created it and
 * last changed its status (with the reason for a suspension).
 */
public record RegisteredCoalition(Coalition coalition, CoalitionStatus status, String statusReason,
    Instant statusChangedAt, String statusChangedBy, Instant createdAt, String createdBy) {

  public String id() {
    return coalition.id();
  }

  public boolean active() {
    return status == CoalitionStatus.ACTIVE;
  }
}
