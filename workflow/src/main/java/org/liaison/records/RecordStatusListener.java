package org.liaison.records;

import java.time.Clock;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.liaison.processes.RecordModels;
import org.springframework.stereotype.Component;

/**
 * The one status listener of every lifecycle: the models call it on each element where a record's
 * status changes. It binds the execution's coalition (an execution without one is refused), finds
 * the lifecycle by the model the element belongs to and lets the feature write the status that
 * element stands for. Runs in the engine's transaction (also on the job executor when a timer
 * fires), so a failed step leaves the status unchanged.
 */
@Component(RecordModels.Beans.STATUS_LISTENER)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecordStatusListener implements ExecutionListener {

  private final RecordLifecycles lifecycles;
  private final TenantBound bound;
  private final Clock clock;

  @Override
  public void notify(DelegateExecution execution) {
    BoundExecution bound = this.bound.bind(execution);
    String processKey = processKeyOf(execution);
    RecordStatuses<?> statuses = lifecycles.require(processKey).statuses();
    if (statuses == null) {
      throw new IllegalStateException("The lifecycle " + processKey + " declares no statuses, yet its model calls the"
          + " status listener at " + bound.element());
    }
    statuses.enter(bound, clock.instant());
  }

  /**
   * The id of the model the current element belongs to. Taken from the model rather than the
   * process definition id, whose form ({@code key:version:id}) the engine does not promise.
   */
  static String processKeyOf(DelegateExecution execution) {
    ModelElementInstance element = execution.getBpmnModelElementInstance();
    while (element != null && !(element instanceof Process)) {
      element = element.getParentElement();
    }
    if (element == null) {
      throw new IllegalStateException("Element " + execution.getCurrentActivityId() + " belongs to no process");
    }
    return ((Process) element).getId();
  }
}
