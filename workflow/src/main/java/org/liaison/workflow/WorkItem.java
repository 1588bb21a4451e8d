package org.liaison.workflow;

import java.time.Instant;

/**
 * An open user task as the inbox shows it.
 *
 * @param processKey the id of the model the task belongs to (e.g. {@code raise-issue})
 * @param taskKey the task's element id in its model (e.g. {@code Task_DraftOutreach})
 * @param formKey tells the UI which form completes it
 * @param businessKey the reference of the record the instance runs for (a case reference)
 * @param assignee the user it is assigned to, or null when it is open to a group
 * @param groupTask whether the task is offered to candidate groups (so it can be claimed and handed back)
 * @param due when it is due, or null
 * @param followUp when its assignee wants to see it again, or null
 * @param updated when it last changed (for a claimed task: since when its holder has it)
 */
public record WorkItem(
    String id,
    String name,
    String processKey,
    String taskKey,
    String formKey,
    String processInstanceId,
    String businessKey,
    String assignee,
    Instant created,
    boolean groupTask,
    Instant due,
    Instant followUp,
    Instant updated) {

  public WorkItem(String id, String name, String processKey, String taskKey, String formKey, String processInstanceId,
      String businessKey, String assignee, Instant created, boolean groupTask) {
    this(id, name, processKey, taskKey, formKey, processInstanceId, businessKey, assignee, created, groupTask, null,
        null, created);
  }

  public boolean isAssignedTo(String username) {
    return username.equals(assignee);
  }

  public boolean isUnassigned() {
    return assignee == null;
  }
}
