package org.liaison.cases;

/** How grave the situation is; drives urgency of the follow-up. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
