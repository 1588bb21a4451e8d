package org.liaison.coalitions;

import java.time.Instant;

/**
 * One membership change: who ({@code actor}) did what to whom ({@code subject}: a username, or the
 * e-mail address of an invitation), when, with details such as the roles before and after.
 */
public record AuditEntry(Instant occurredAt, String actor, String subject, AuditAction action, String detail) {}
