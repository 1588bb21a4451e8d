package org.liaison.convenings.internal;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.processes.ConveningProcess;
import org.liaison.processes.ConveningProcess.Forms;
import org.liaison.processes.ConveningProcess.Variables;
import org.liaison.records.RecordLifecycle;
import org.liaison.records.ReferenceKind;
import org.liaison.records.TenantBound;
import org.liaison.steps.StepDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a convening's lifecycle is to the record kernel: shown under {@code convenings/}, numbered
 * {@code CONV-2026-0001}, its steps generic (their meaning is recorded by {@link ConveningSteps}),
 * and the invitation delegate. Its status is written by those steps, not by the model.
 */
@Configuration(proxyBeanMethods = false)
class ConveningLifecycle {

  @Bean
  RecordLifecycle conveningRecordLifecycle() {
    return RecordLifecycle.of(ConveningProcess.KEY, "convenings")
        .numbered(ReferenceKind.of("CONV"))
        .withSteps(StepDefinition.note(Forms.AGREE_CONVENING_FORMAT),
            StepDefinition.decision(Forms.CONFIRM_LOGISTICS, Variables.CONVENING_GOES_AHEAD, true),
            StepDefinition.note(Forms.RECORD_CONVENING_OUTCOMES));
  }

  /** {@code Task_SendInvitation} (one instance per invitation): queues the invitation's mail, once. */
  @Bean(ConveningProcess.Beans.SEND_INVITATION_DELEGATE)
  JavaDelegate sendInvitationDelegate(TenantBound bound, InvitationMailer mailer) {
    return bound.delegate(x -> mailer.send(x.tenantId(), x.id(Variables.INVITATION_ID)));
  }
}
