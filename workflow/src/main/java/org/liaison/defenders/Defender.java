package org.liaison.defenders;

import java.time.Instant;
import java.util.UUID;

/**
 * A defender record as its reader may see it ({@link #access()}): pseudonym, country and risk level
 * are null for {@link DefenderAccess#EXISTS_ONLY}; identity and risk summary are null unless the
 * reader is a focal point or broke the glass, and after erasure for everyone.
 *
 * @param identity who the defender is; null unless shown (its fields may be null: not recorded yet)
 * @param officerNotifiedAt when the embassy's human-rights officer was sent the notice (without identity)
 * @param erasedAt when the record's key was destroyed: only the reference and the lifecycle remain
 */
public record Defender(
    UUID id,
    String reference,
    String pseudonym,
    String country,
    RiskLevel riskLevel,
    DefenderStatus status,
    String reportedBy,
    Instant reportedAt,
    Instant officerNotifiedAt,
    Instant erasedAt,
    DefenderAccess access,
    DefenderIdentity identity,
    String riskSummary) {

  public boolean identityShown() {
    return identity != null;
  }

  public boolean erased() {
    return erasedAt != null;
  }

  @Override
  public String toString() {
    return "Defender[" + reference + ", " + status + ", " + access + "]";
  }
}
