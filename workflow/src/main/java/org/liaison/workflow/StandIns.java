package org.liaison.workflow;

import java.util.Optional;

/**
 * Who takes a member's new tasks while they are away. The engine asks when a task is created for an
 * owner; the feature that keeps absences answers.
 */
public interface StandIns {

  /** The colleague standing in for {@code username} in this coalition today, if they are away and named one. */
  Optional<String> standInFor(String tenantId, String username);
}
