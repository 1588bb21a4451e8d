package org.liaison.tenancy;

import java.util.Locale;

/** Whether a coalition works: a suspended one keeps all its data, but nobody signs in to it and its lifecycles are paused. */
public enum CoalitionStatus {
  ACTIVE,
  SUSPENDED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CoalitionStatus fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
