package org.liaison.cases;

/** How soon the coalition must reach the embassy; named by the {@code route-case} decision. */
public enum Urgency {
  IMMEDIATE,
  URGENT,
  SOON,
  ROUTINE
}
