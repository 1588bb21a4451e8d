package org.liaison.convenings;

import java.time.Instant;
import java.util.UUID;

/** A convening as its page shows it. */
public record Convening(
    UUID id,
    String reference,
    String title,
    ConveningFormat format,
    Hosting hosting,
    UUID embassyId,
    Instant startsAt,
    String place,
    String link,
    String agenda,
    Instant rsvpDeadline,
    ConveningStatus status,
    String outcomes,
    String owner,
    Instant createdAt) {}
