package org.liaison.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.liaison.common.InvalidInputException;
import org.liaison.inbox.InboxItem;
import org.liaison.ui.FieldErrors;
import org.liaison.ui.Notices;
import org.liaison.workflow.TaskNotAvailableException;

/**
 * The form a task is completed with. Subclasses lay out their fields and call {@link #attempt} with
 * the service call that completes the task; this class turns the outcome into what the person sees.
 */
public abstract class TaskForm extends VerticalLayout {

  protected final InboxItem item;
  protected final FieldErrors errors = new FieldErrors();

  protected TaskForm(InboxItem item) {
    this.item = item;
    setPadding(false);
  }

  /**
   * Runs the service call. Bad input: messages on the fields, nothing saved, the task stays open.
   * Someone else was faster: a notice and back to the refreshed inbox. Success: a notice and on to
   * the case.
   */
  protected void attempt(Runnable completeTask, String successKey) {
    try {
      completeTask.run();
    } catch (InvalidInputException e) {
      errors.show(e);
      return;
    } catch (TaskNotAvailableException e) {
      explain(this, e);
      InboxView inbox = findAncestor(InboxView.class);
      if (inbox != null) {
        inbox.taskGone(); // opened beside the list: close it and show the list as it is now
      } else {
        UI.getCurrent().navigate("");
      }
      return;
    }
    errors.clear();
    String reference = item.forCase() != null ? item.forCase().reference() : item.task().businessKey();
    Notices.success(getTranslation(successKey, reference == null ? "" : reference));
    UI.getCurrent().navigate(item.forCase() != null ? "cases/" + reference : item.recordLink());
  }

  /** Tells the person why a task they reached for is no longer theirs to work on. */
  static void explain(Component where, TaskNotAvailableException e) {
    Notices.problem(switch (e.reason()) {
      case CLAIMED_BY_SOMEONE_ELSE -> where.getTranslation("task.claimedBySomeoneElse", e.claimedBy());
      case OWNED -> where.getTranslation("task.owned", e.claimedBy());
      case GONE -> where.getTranslation("task.gone");
    });
  }
}
