package org.liaison.workflow.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.liaison.workflow.TaskChanges;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears every user task of every model being created, assigned (claimed, handed over, given back),
 * completed or deleted, and tells {@link TaskChanges} once per coalition after the transaction
 * commits (never for a rollback). One set of built-in task listeners added at deployment by a parse
 * listener, like the due dates: no model knows of it.
 */
@Component
class TaskChangeNotices extends EveryUserTask {

  private static final Object PENDING = new Object();

  TaskChangeNotices(ObjectProvider<TaskChanges> changes) {
    super(task -> changed(changes, task), TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
        TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);
  }

  private static void changed(ObjectProvider<TaskChanges> changes, DelegateTask task) {
    String tenantId = task.getTenantId();
    if (tenantId == null) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      changes.getObject().changed(tenantId);
      return;
    }
    @SuppressWarnings("unchecked")
    Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(PENDING);
    if (pending == null) {
      Set<String> tenants = new LinkedHashSet<>();
      TransactionSynchronizationManager.bindResource(PENDING, tenants);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
          if (status == STATUS_COMMITTED) {
            tenants.forEach(changes.getObject()::changed);
          }
        }
      });
      pending = tenants;
    }
    pending.add(tenantId);
  }
}
