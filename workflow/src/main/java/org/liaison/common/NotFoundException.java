package org.liaison.common;

/**
 * The record does not exist in the current coalition. A record of another coalition is reported
 * exactly like one that does not exist, so ids cannot be probed across coalitions.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what) {
    super(what + " was not found in this coalition");
  }
}
