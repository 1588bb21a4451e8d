package org.liaison.hrr;

/** Whether a country's yearly calendar is running. */
public enum CalendarStatus {
  RUNNING,
  /** Stopped by a coordinator. */
  STOPPED,
  /** Ended by itself: there was no further cycle to open. */
  ENDED
}
