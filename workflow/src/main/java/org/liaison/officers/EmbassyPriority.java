package org.liaison.officers;

import java.time.LocalDate;
import java.util.UUID;

/** An objective an embassy has stated, where it said so, and when the coalition noted it. */
public record EmbassyPriority(UUID id, UUID embassyId, String objective, String sourceUrl, LocalDate capturedOn,
    int version) {}
