package org.liaison.workflow;

import java.time.Instant;

/**
 * Something a record's running lifecycle waits for while no one has a step of it: a message (an
 * officer's reply, the embassy's confirmation) or a moment (the follow-up due, the hearing day).
 *
 * @param processInstanceId the waiting lifecycle instance
 * @param activityId the waiting event's element id in its model ({@code Event_OfficerResponded})
 * @param name its name in the model, for a model element no translation names
 * @param dueAt when a timer fires; null for a message
 */
public record Wait(String processInstanceId, String activityId, String name, Instant dueAt) {

  public boolean isTimer() {
    return dueAt != null;
  }
}
