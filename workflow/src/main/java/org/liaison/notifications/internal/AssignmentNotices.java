package org.liaison.notifications.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.notifications.NoticeKind;
import org.liaison.notifications.Notifications;
import org.liaison.workflow.TaskAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member when a task is given to them (an owner's new step, a hand-over, a stand-in), in the
 * engine's transaction; not when they claimed it themselves.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AssignmentNotices {

  private final Notifications notifications;

  @EventListener
  void on(TaskAssigned task) {
    if (task.byAssignee()) {
      return;
    }
    String title = "\"" + task.taskName() + "\"" + (task.businessKey() == null ? "" : " for " + task.businessKey())
        + " is yours" + (task.standingInFor() == null ? "" : ", standing in for " + task.standingInFor() + " while away");
    notifications.tell(task.tenantId(), java.util.List.of(task.assignee()),
        "assigned:" + task.taskId(), NoticeKind.ASSIGNED, title + ".", "/tasks/" + task.taskId());
  }
}
