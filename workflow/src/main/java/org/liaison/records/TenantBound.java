package org.liaison.records;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Component;

/**
 * Makes engine code run for the coalition of its execution: the coalition is bound to the
 * transaction before the work runs (also on the job executor, where no user is signed in), and an
 * execution without one is refused. A feature's delegate is then one line of intent:
 * {@code bound.delegate(x -> mailer.send(x.tenantId(), x.id(Variables.INVITATION_ID)))}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TenantBound {

  /** Work a delegate does once its coalition is bound. */
  @FunctionalInterface
  public interface Work {
    void run(BoundExecution execution) throws Exception;
  }

  /** Work a task listener does once its coalition is bound. */
  @FunctionalInterface
  public interface TaskWork {
    void run(BoundExecution execution, DelegateTask task);
  }

  private final RowSecurity rowSecurity;

  /** Binds the execution's coalition to the current transaction. */
  public BoundExecution bind(DelegateExecution execution) {
    return new BoundExecution(rowSecurity.bindTenantOf(execution), execution);
  }

  public JavaDelegate delegate(Work work) {
    return execution -> work.run(bind(execution));
  }

  public TaskListener taskListener(TaskWork work) {
    return task -> work.run(bind(task.getExecution()), task);
  }
}
