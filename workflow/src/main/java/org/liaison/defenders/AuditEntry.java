package org.liaison.defenders;

import java.time.Instant;

/** One row of a defender record's audit trail: who did what, when (UTC) and why (break-glass). */
public record AuditEntry(long seq, Instant occurredAt, String actor, String reference, AuditAction action,
    String reason) {}
