package org.liaison.workflow;

/**
 * The task can no longer be worked on by this user: someone completed it or claimed it first, or it
 * was never theirs to see. Nothing was changed.
 */
public class TaskNotAvailableException extends RuntimeException {

  public enum Reason {
    /** Completed by someone else, or does not exist in this coalition. */
    GONE,
    /** Claimed by another person. */
    CLAIMED_BY_SOMEONE_ELSE,
    /** Assigned to its holder because they own the record: only a coordinator can hand it to someone else. */
    OWNED
  }

  private final Reason reason;
  private final String claimedBy;

  private TaskNotAvailableException(Reason reason, String claimedBy, String message) {
    super(message);
    this.reason = reason;
    this.claimedBy = claimedBy;
  }

  public static TaskNotAvailableException gone(String taskId) {
    return new TaskNotAvailableException(Reason.GONE, null,
        "Task " + taskId + " is no longer open: it was completed or withdrawn");
  }

  public static TaskNotAvailableException claimedBy(String taskId, String assignee) {
    return new TaskNotAvailableException(Reason.CLAIMED_BY_SOMEONE_ELSE, assignee,
        "Task " + taskId + " was claimed by " + assignee);
  }

  public static TaskNotAvailableException owned(String taskId, String assignee) {
    return new TaskNotAvailableException(Reason.OWNED, assignee, "Task " + taskId + " is assigned to " + assignee
        + " because they own the record, so it cannot be handed back to a group; ask a coordinator to reassign it");
  }

  public Reason reason() {
    return reason;
  }

  /** Who holds the task when {@link #reason()} is {@link Reason#CLAIMED_BY_SOMEONE_ELSE} or {@link Reason#OWNED}. */
  public String claimedBy() {
    return claimedBy;
  }
}
