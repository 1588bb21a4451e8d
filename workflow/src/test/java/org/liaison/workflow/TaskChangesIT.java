package org.liaison.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live inboxes hear of their own coalition's step changes only, once per committed transaction,
 * never of a rolled-back one, and stop hearing when they unsubscribe.
 */
class TaskChangesIT extends DatabaseIT {

  @Autowired TaskChanges changes;
  @Autowired CaseService cases;
  @Autowired TransactionTemplate tx;

  @Test
  void a_coalitions_listeners_hear_its_committed_step_changes_once_and_no_other_coalitions() {
    AtomicInteger heardByA = new AtomicInteger();
    AtomicInteger heardByB = new AtomicInteger();
    Runnable stopA = changes.subscribe(coalitions.a.id(), heardByA::incrementAndGet);
    Runnable stopB = changes.subscribe(coalitions.b.id(), heardByB::incrementAndGet);
    try {
      as(coalitions.memberA(), () -> cases.raise(new NewCase("Harbour strike", "Dock workers arrested", "KE",
          Set.of(Theme.LABOR_RIGHTS), Severity.HIGH)));
      assertThat(heardByA).as("a triage step created: one notice for the transaction").hasValue(1);
      assertThat(heardByB).as("another coalition hears nothing").hasValue(0);

      assertThatThrownBy(() -> as(coalitions.memberA(), () -> tx.executeWithoutResult(status -> {
        cases.raise(new NewCase("Rolled back", "Never happened", "KE", Set.of(Theme.OTHER), Severity.LOW));
        throw new IllegalStateException("roll back");
      }))).hasMessage("roll back");
      assertThat(heardByA).as("nothing committed, nothing heard").hasValue(1);
    } finally {
      stopA.run();
      stopB.run();
    }
    as(coalitions.memberA(), () -> cases.raise(new NewCase("After", "Nobody listens", "KE", Set.of(Theme.OTHER),
        Severity.LOW)));
    assertThat(heardByA).as("unsubscribed").hasValue(1);
    assertThat(changes.listening(coalitions.a.id())).isZero();
  }
}
