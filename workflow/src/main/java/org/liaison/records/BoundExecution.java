package org.liaison.records;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * An engine execution whose coalition is bound to the current transaction, with typed access to the
 * small values the models keep in variables (ids as strings), so delegates cast no raw variables.
 *
 * @param tenantId the coalition of the execution, bound for row-level security
 */
public record BoundExecution(String tenantId, DelegateExecution execution) {

  /** A variable holding a database id. */
  public UUID id(String variable) {
    return UUID.fromString(text(variable));
  }

  /** A variable holding a database id, or null when it is not set. */
  public UUID optionalId(String variable) {
    String value = text(variable);
    return value == null ? null : UUID.fromString(value);
  }

  public String text(String variable) {
    return (String) execution.getVariable(variable);
  }

  public void set(String variable, Object value) {
    execution.setVariable(variable, value);
  }

  public String businessKey() {
    return execution.getProcessBusinessKey();
  }

  public String instanceId() {
    return execution.getProcessInstanceId();
  }

  /** The id of the element the execution is at (the one whose listener runs). */
  public String element() {
    return execution.getCurrentActivityId();
  }
}
