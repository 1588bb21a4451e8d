package org.liaison.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A meeting with an officer.
 *
 * @param reference the meeting's own reference ({@code MTG-2026-0001}); its page is {@code meetings/<reference>}
 * @param businessKey what its lifecycle runs for: the reference, or the case reference when a case's
 *     lifecycle asked for the meeting
 * @param engagementId the engagement the meeting belongs to (its outcome and next steps are recorded there)
 * @param caseId the case, when the meeting came from one
 * @param confirmedFor the date the embassy confirmed, once it did
 * @param confirmedTime the time of day it confirmed, when it said one
 * @param place where the meeting is held, when the embassy said
 */
public record Meeting(UUID id, String reference, String businessKey, UUID engagementId, UUID caseId, UUID officerId,
    String owner, MeetingStatus status, LocalDate confirmedFor, String confirmedBy, Instant thankedAt,
    String thankedBy, String thanksNote, Instant createdAt, LocalTime confirmedTime, String place) {}
