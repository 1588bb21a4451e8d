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
    CLAIMED_BY_SOMEONE_ELSE
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

  public Reason reason() {
    return reason;
  }

  /** Who holds the task when {@link #reason()} is {@link Reason#CLAIMED_BY_SOMEONE_ELSE}. */
  public String claimedBy() {
    return claimedBy;
  }
}
