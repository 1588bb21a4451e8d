package org.liaison.officers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where the coalition stands with an officer.
 *
 * @param contactCadence how often to be in touch (ISO 8601), the officer's own or the coalition's
 * @param coalitionDefault whether the cadence is the coalition's setting
 * @param lastContactOn the last recorded engagement, or null
 * @param archivedAt when the officer was archived, or null
 * @param cadenceRunning whether the officer's relationship-cadence runs (it ends when they are archived)
 */
public record Relationship(String contactCadence, boolean coalitionDefault, LocalDate lastContactOn,
    Instant archivedAt, boolean cadenceRunning) {}
