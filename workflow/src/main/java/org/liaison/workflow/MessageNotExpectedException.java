package org.liaison.workflow;

/**
 * A message that no running lifecycle of the record is waiting for, or that more than one would
 * take. Nothing was changed when this is thrown.
 */
public class MessageNotExpectedException extends RuntimeException {

  private final String record;
  private final String messageName;
  private final long waiting;

  MessageNotExpectedException(String record, String messageName, long waiting) {
    super(waiting == 0
        ? "Nothing in " + record + " is waiting for " + messageName + " right now; nothing was changed."
        : record + " has " + waiting + " steps waiting for " + messageName + ", so it is unclear which one is meant;"
            + " nothing was changed.");
    this.record = record;
    this.messageName = messageName;
    this.waiting = waiting;
  }

  /** The record (case reference, officer, hearing …) the message was for. */
  public String record() {
    return record;
  }

  public String messageName() {
    return messageName;
  }

  /** How many lifecycles were waiting: 0 (none) or more than 1 (ambiguous). */
  public long waiting() {
    return waiting;
  }
}
