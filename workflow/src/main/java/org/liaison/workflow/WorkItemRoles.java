package org.liaison.workflow;

import java.util.Set;

/**
 * An open task with the coalition roles it is offered to ({@code coordinator}, {@code member}, …);
 * no roles for a task assigned to its record's owner.
 */
public record WorkItemRoles(WorkItem task, Set<String> roles) {

  public WorkItemRoles {
    roles = Set.copyOf(roles);
  }
}
