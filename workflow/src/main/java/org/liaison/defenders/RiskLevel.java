package org.liaison.defenders;

/** How grave the threat to a defender is, as the reporter or the assessment judges it. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
