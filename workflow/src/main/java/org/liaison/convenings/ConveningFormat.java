package org.liaison.convenings;

/** Whether people meet in a room (at a place) or online (with a link). */
public enum ConveningFormat {
  IN_PERSON,
  ONLINE
}
