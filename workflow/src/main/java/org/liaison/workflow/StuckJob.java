package org.liaison.workflow;

import java.time.Instant;

/**
 * An incident of one of the coalition's lifecycles: where it is stuck, why (the engine's message, may
 * be null), since when, and the job a retry restarts ({@code jobId} null for incidents without one).
 */
public record StuckJob(String incidentId, String processKey, String businessKey, String activityId, String activityName,
    String type, String message, Instant since, String jobId) {}
