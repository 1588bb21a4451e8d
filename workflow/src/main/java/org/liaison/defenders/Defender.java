package org.liaison.defenders;

import java.time.Instant;
import java.util.UUID;

/**
 * A defender record as its page shows it.
 *
 * @param identity who the defender is; null unless the reader is a security focal point
 * @param officerNotifiedAt when the embassy's human-rights officer was sent the notice (without identity)
 */
public record Defender(
    UUID id,
    String reference,
    String country,
    String riskSummary,
    DefenderStatus status,
    String reportedBy,
    Instant reportedAt,
    Instant officerNotifiedAt,
    DefenderIdentity identity) {

  public boolean identityShown() {
    return identity != null;
  }
}
