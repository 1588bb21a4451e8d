package org.liaison.inbox;

import java.util.Objects;
import org.liaison.workflow.TaskOrder;
import org.liaison.workflow.TaskScope;

/**
 * What an inbox page shows: a view, filters and an order.
 *
 * @param view whose tasks (mine, my team's, claimed by others, later, all open)
 * @param lifecycle only tasks of this lifecycle (its process key, e.g. {@code raise-issue}), or null
 * @param text part of the record's reference or title, or null
 * @param due only tasks due in this window
 * @param sort by due date, by how long they have waited, or by record
 * @param assignee only tasks held by this member, or null
 * @param role only tasks offered to this role, or null
 */
public record InboxQuery(TaskScope view, String lifecycle, String text, Due due, TaskOrder sort, String assignee,
    org.liaison.tenancy.Role role) {

  public InboxQuery(TaskScope view, String lifecycle, String text, Due due, TaskOrder sort) {
    this(view, lifecycle, text, due, sort, null, null);
  }

  /** The inbox as it opens: mine, then my roles' unclaimed tasks, waiting longest first. */
  public static final InboxQuery OPEN = new InboxQuery(TaskScope.OPEN, null, null, Due.ANY, TaskOrder.WAITING);

  public InboxQuery {
    Objects.requireNonNull(view, "view");
    due = due == null ? Due.ANY : due;
    sort = sort == null ? TaskOrder.WAITING : sort;
    lifecycle = lifecycle == null || lifecycle.isBlank() ? null : lifecycle.strip();
    text = text == null || text.isBlank() ? null : text.strip();
    assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
  }

  public static InboxQuery of(TaskScope view) {
    return new InboxQuery(view, null, null, Due.ANY, TaskOrder.WAITING);
  }

  public InboxQuery withView(TaskScope other) {
    return new InboxQuery(other, lifecycle, text, due, sort, assignee, role);
  }

  /** When a task is due, in the coalition's clock. */
  public enum Due {
    ANY,
    /** Due before now. */
    OVERDUE,
    /** Due before the end of today. */
    TODAY,
    /** Due before the end of the seventh day from today. */
    THIS_WEEK,
    /** Without a due date. */
    NONE
  }
}
