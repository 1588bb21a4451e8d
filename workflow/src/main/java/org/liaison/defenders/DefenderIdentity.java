package org.liaison.defenders;

/**
 * Who the defender is and how to reach them: for the coalition's security focal points only. Each
 * part may be null (not recorded yet: minimal-data mode). Its {@code toString} hides the values, so
 * the identity cannot slip into a log line.
 */
public record DefenderIdentity(String name, String location, String contact) {

  @Override
  public String toString() {
    return "DefenderIdentity[hidden]";
  }
}
