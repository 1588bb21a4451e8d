package org.liaison.convenings.internal;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.convenings.Convening;
import org.liaison.convenings.ConveningStatus;
import org.liaison.processes.ConveningProcess;
import org.liaison.processes.ConveningProcess.Forms;
import org.liaison.processes.ConveningProcess.Variables;
import org.liaison.records.RecordLifecycle;
import org.liaison.records.ReferenceKind;
import org.liaison.records.TenantBound;
import org.liaison.steps.StepDefinition;
import org.liaison.steps.StepRecorder;
import org.liaison.tenancy.TenantContext;
import org.liaison.convenings.ConveningService;
import org.liaison.records.AttachmentTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a convening's lifecycle is to the record kernel: shown under {@code convenings/}, numbered
 * {@code CONV-2026-0001}, its steps generic (they move the status and keep the outcomes),
 * and the invitation delegate. Its status is written by those steps, not by the model.
 */
@Configuration(proxyBeanMethods = false)
class ConveningLifecycle {

  @Bean
  RecordLifecycle conveningRecordLifecycle(ConveningStore store) {
    return RecordLifecycle.of(ConveningProcess.KEY, "convenings")
        .numbered(ReferenceKind.of("CONV"))
        .titled(org.liaison.records.RecordTitles.byBusinessKey(store::titles))
        .withSteps(StepDefinition.note(Forms.AGREE_CONVENING_FORMAT),
            StepDefinition.decision(Forms.CONFIRM_LOGISTICS, Variables.CONVENING_GOES_AHEAD, true),
            StepDefinition.note(Forms.RECORD_CONVENING_OUTCOMES));
  }

  /** {@code Task_SendInvitation} (one instance per invitation): queues the invitation's mail, once. */
  @Bean(ConveningProcess.Beans.SEND_INVITATION_DELEGATE)
  JavaDelegate sendInvitationDelegate(TenantBound bound, InvitationMailer mailer) {
    return bound.delegate(x -> mailer.send(x.tenantId(), x.id(Variables.INVITATION_ID)));
  }

  /**
   * What the convening's steps mean: agreeing the format sends the invitations, confirming the
   * logistics decides whether it goes ahead, and the outcomes are kept on the convening.
   */
  @Bean
  StepRecorder conveningSteps(ConveningStore store, Clock clock) {
    return StepRecorder.of((task, input) -> {
      String tenantId = TenantContext.current().tenantId();
      Convening convening = store.byReference(tenantId, task.businessKey())
          .orElseThrow(() -> new IllegalStateException("No convening for task " + task.id()));
      Instant now = clock.instant();
      switch (task.formKey()) {
        case Forms.AGREE_CONVENING_FORMAT -> store.moveTo(tenantId, convening.id(), ConveningStatus.INVITATIONS_SENT, now);
        case Forms.CONFIRM_LOGISTICS -> store.moveTo(tenantId, convening.id(),
            Boolean.TRUE.equals(input.decision()) ? ConveningStatus.CONFIRMED : ConveningStatus.CANCELLED, now);
        default -> store.recordOutcomes(tenantId, convening.id(), input.strippedNote(), now);
      }
    }, Forms.AGREE_CONVENING_FORMAT, Forms.CONFIRM_LOGISTICS, Forms.RECORD_CONVENING_OUTCOMES);
  }

  /** Documents on a convening: by its reference, owned by its owner. */
  @Bean
  AttachmentTarget conveningDocuments(ConveningService convenings) {
    return new AttachmentTarget(ConveningService.KIND, reference -> convenings.get(reference).owner());
  }
}
