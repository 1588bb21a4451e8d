package org.liaison.processes;

/**
 * Candidate groups in the models are scoped to the coalition that runs the instance, written as
 * {@code <tenant>:<role>}; otherwise a coordinator of one coalition would see the tasks of another.
 */
public final class TenantGroups {

  public static final String SEPARATOR = ":";

  public static String of(String tenantId, String role) {
    if (tenantId == null || tenantId.isBlank()) {
      throw new IllegalArgumentException("A tenant-scoped group needs a tenant id");
    }
    return tenantId + SEPARATOR + role;
  }

  private TenantGroups() {}
}
