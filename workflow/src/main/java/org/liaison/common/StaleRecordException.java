package org.liaison.common;

/**
 * Someone else saved the record after the user loaded it: nothing was saved, and the user should look
 * at the newer values before saving again. Carries who saved last and when, when known.
 */
public class StaleRecordException extends RuntimeException {

  private final String record;

  public StaleRecordException(String record) {
    super(record + " was changed by someone else after you opened it; nothing was saved."
        + " Look at the newer values and save again.");
    this.record = record;
  }

  /** The record, as named to the user ("Case PFC-2026-0001"). */
  public String record() {
    return record;
  }
}
