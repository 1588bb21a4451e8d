package org.liaison.hearings;

import java.util.UUID;

/**
 * An officer asked to attend a hearing (the request is recorded as an engagement) and, once the
 * observation is recorded, whether they attended (null before).
 */
public record HearingOfficer(UUID officerId, String name, UUID engagementId, Boolean attended) {}
