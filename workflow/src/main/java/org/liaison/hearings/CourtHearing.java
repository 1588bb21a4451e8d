package org.liaison.hearings;

import java.time.Instant;
import java.util.UUID;

/**
 * A court hearing the coalition wants embassy officers to observe.
 *
 * @param reference the hearing's reference ({@code HRG-2026-0001}); its page is {@code hearings/<reference>}
 * @param caseReference the case it belongs to, or null
 * @param requestAttendanceAt when officers are asked to attend: the hearing date minus the coalition's lead
 * @param adjournments how often the hearing was adjourned; {@code adjournedFrom} the date before the last one
 */
public record CourtHearing(UUID id, String reference, UUID caseId, String caseReference, String title, String court,
    Instant hearingAt, Instant requestAttendanceAt, String owner, HearingStatus status, String observation,
    String observedBy, Instant observedAt, int adjournments, Instant adjournedFrom, String cancelReason,
    Instant createdAt) {}
