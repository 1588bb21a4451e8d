package org.liaison.defenders.internal;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.defenders.DefenderStatus;
import org.liaison.processes.DefenderEmergencyProcess;
import org.liaison.processes.DefenderEmergencyProcess.Forms;
import org.liaison.processes.DefenderEmergencyProcess.Variables;
import org.liaison.records.RecordLifecycle;
import org.liaison.records.ReferenceKind;
import org.liaison.records.TenantBound;
import org.liaison.steps.StepDefinition;
import org.liaison.steps.StepRecorder;
import org.liaison.tenancy.TenantContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a defender's {@code defender-emergency} lifecycle is to the record kernel: shown under
 * {@code defenders/}, numbered {@code HRD-2026-0001} (the lifecycle knows the defender by this
 * reference alone), its steps generic (they move the status), and the notice delegate.
 */
@Configuration(proxyBeanMethods = false)
class DefenderLifecycle {

  @Bean
  RecordLifecycle defenderEmergencyLifecycle() {
    return RecordLifecycle.of(DefenderEmergencyProcess.KEY, "defenders")
        .numbered(ReferenceKind.of("HRD"))
        .withSteps(StepDefinition.decision(Forms.ASSESS_DEFENDER_RISK, Variables.RISK_CONFIRMED, true),
            StepDefinition.note(Forms.ESCALATE_DEFENDER_ASSESSMENT),
            StepDefinition.note(Forms.CONNECT_EMERGENCY_ASSISTANCE),
            StepDefinition.note(Forms.REQUEST_DIPLOMATIC_ENGAGEMENT),
            StepDefinition.decision(Forms.MONITOR_DEFENDER, Variables.DEFENDER_SAFE, true));
  }

  /**
   * {@code Task_NotifyHumanRightsOfficer}: mails the embassy's human-rights officers a notice without
   * the defender's identity. It runs when the assessment confirms the risk; without an officer to send
   * to, the confirmation is refused with a message naming the fix, and nothing changes.
   */
  @Bean(DefenderEmergencyProcess.Beans.NOTIFY_HUMAN_RIGHTS_OFFICER_DELEGATE)
  JavaDelegate notifyHumanRightsOfficerDelegate(TenantBound bound, DefenderNotices notices) {
    return bound.delegate(x -> notices.notifyOfficer(x.tenantId(), x.id(Variables.DEFENDER_ID)));
  }

  /**
   * {@code Task_WarnCoordinators}: half the assessment SLA passed and the risk is not assessed yet:
   * every coordinator is told (bell and mail, reference only), once per defender.
   */
  @Bean(DefenderEmergencyProcess.Beans.WARN_COORDINATORS_DELEGATE)
  JavaDelegate warnCoordinatorsDelegate(TenantBound bound, DefenderNotices notices) {
    return bound.delegate(x -> notices.warnCoordinators(x.tenantId(), x.id(Variables.DEFENDER_ID)));
  }

  /** What the response's steps mean: the assessment and each monitoring check move the defender's status. */
  @Bean
  StepRecorder defenderSteps(DefenderStore store, Clock clock) {
    return StepRecorder.of((task, input) -> {
      String tenantId = TenantContext.current().tenantId();
      DefenderStore.Row d = store.byReference(tenantId, task.businessKey())
          .orElseThrow(() -> new IllegalStateException("No defender for task " + task.id()));
      boolean yes = Boolean.TRUE.equals(input.decision());
      DefenderStatus next = task.formKey().equals(Forms.ASSESS_DEFENDER_RISK)
          ? (yes ? DefenderStatus.PROTECTING : DefenderStatus.NO_PROTECTION_NEEDED)
          : (yes ? DefenderStatus.SAFE : DefenderStatus.MONITORING);
      store.moveTo(tenantId, d.id(), next, clock.instant());
    }, Forms.ASSESS_DEFENDER_RISK, Forms.MONITOR_DEFENDER);
  }
}
