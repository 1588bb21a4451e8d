package org.liaison.tenancy;

import java.util.Locale;

/** A user's role within one coalition; a person can hold different roles in different coalitions. */
public enum Role {
  MEMBER,
  COORDINATOR,
  SECURITY,
  ADMIN;

  /** The name stored in the membership table and used in tenant-scoped engine groups. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
