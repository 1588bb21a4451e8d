package org.liaison.workflow;

import java.time.Instant;

/**
 * A user task was given to someone: created with an assignee (an owner's step), claimed, or handed
 * over. Published inside the engine's transaction, so a listener's writes commit or roll back with
 * the assignment.
 *
 * @param tenantId the task's coalition
 * @param byAssignee whether the assignee took it themselves (a claim), so nobody needs telling
 * @param standingInFor the member the task was meant for, when it went to their stand-in; else null
 */
public record TaskAssigned(String tenantId, String taskId, String taskName, String processKey, String taskKey,
    String businessKey, String assignee, Instant due, boolean byAssignee, String standingInFor) {}
