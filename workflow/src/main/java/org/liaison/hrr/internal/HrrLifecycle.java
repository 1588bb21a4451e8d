package org.liaison.hrr.internal;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.common.InvalidInputException;
import org.liaison.hrr.HrrCycle;
import org.liaison.processes.HrrInputProcess;
import org.liaison.processes.HrrInputProcess.Forms;
import org.liaison.processes.HrrInputProcess.Variables;
import org.liaison.records.RecordLifecycle;
import org.liaison.records.TenantBound;
import org.liaison.steps.StepDefinition;
import org.liaison.steps.StepRecorder;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.liaison.hrr.HrrService;
import org.liaison.hrr.HrrSubmission;
import org.liaison.common.NotFoundException;
import org.liaison.records.AttachmentTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the {@code hrr-input} lifecycle is to the record kernel: its cycles are shown under
 * {@code hrr/} (referenced by country and year, {@code HRR-KE-2026}, not numbered), its review and
 * acknowledgement are generic steps (with what they mean), and its four service tasks.
 * Each delegate is thin: it reads ids from the variables and calls one method.
 */
@Configuration(proxyBeanMethods = false)
class HrrLifecycle {

  private static final Logger log = LoggerFactory.getLogger(HrrLifecycle.class);

  @Bean
  RecordLifecycle hrrInputLifecycle(HrrStore store) {
    return RecordLifecycle.of(HrrInputProcess.KEY, "hrr")
        .titled(org.liaison.records.RecordTitles.byBusinessKey(store::titles))
        .withSteps(StepDefinition.decision(Forms.REVIEW_HRR_COMPILATION, Variables.COMPILATION_APPROVED, true),
            StepDefinition.note(Forms.RECORD_HRR_ACKNOWLEDGEMENT));
  }

  /**
   * {@code Task_OpenCycle}: opens the year's cycle, names the instance after it (so its tasks lead to
   * the cycle's page) and sets the ISO 8601 dates the timers wait for. No cycle to open: BPMN error
   * {@link HrrInputProcess.Errors#NO_HRR_CYCLE}, and the calendar ends.
   */
  @Bean(HrrInputProcess.Beans.OPEN_HRR_CYCLE_DELEGATE)
  JavaDelegate openHrrCycleDelegate(TenantBound bound, HrrCycles cycles) {
    return bound.delegate(x -> {
      String scheduled = x.text(Variables.NEXT_CYCLE_OPENS);
      HrrCycles.Opened opened = cycles.open(x.tenantId(), x.text(Variables.COUNTRY),
          scheduled == null ? null : Instant.parse(scheduled));
      if (opened.cycle() == null) {
        throw new BpmnError(HrrInputProcess.Errors.NO_HRR_CYCLE, opened.noCycleReason());
      }
      x.execution().setProcessBusinessKey(opened.cycle().reference());
      x.set(Variables.HRR_CYCLE_ID, opened.cycle().id().toString());
      x.set(Variables.REMINDER_AT, opened.cycle().reminderAt().toString());
      x.set(Variables.SUBMISSION_DEADLINE, opened.cycle().submissionDeadline().toString());
      x.set(Variables.NEXT_CYCLE_OPENS, opened.cycle().nextCycleOpens().toString());
    });
  }

  /** {@code Task_CallForInput}: one call for input to each member organisation. */
  @Bean(HrrInputProcess.Beans.CALL_FOR_HRR_INPUT_DELEGATE)
  JavaDelegate callForHrrInputDelegate(TenantBound bound, HrrMail mail) {
    return bound.delegate(x -> log.info("HRR cycle {}: called {} member organisations for input", x.businessKey(),
        mail.callForInput(x.tenantId(), x.id(Variables.HRR_CYCLE_ID))));
  }

  /** {@code Task_RemindMembers}: a reminder to each organisation that has not sent input. */
  @Bean(HrrInputProcess.Beans.REMIND_HRR_MEMBERS_DELEGATE)
  JavaDelegate remindHrrMembersDelegate(TenantBound bound, HrrMail mail) {
    return bound.delegate(x -> log.info("HRR cycle {}: reminded {} member organisations", x.businessKey(),
        mail.remind(x.tenantId(), x.id(Variables.HRR_CYCLE_ID))));
  }

  /**
   * {@code Task_SubmitToEmbassy}: mails the approved compilation to the embassy's human-rights
   * officers. It runs when the review approves; without an officer to send to it throws
   * {@link org.liaison.officers.NoHumanRightsOfficerException}, so the approval is refused with that
   * message and nothing changes (on the job executor it would become an incident with the same message).
   */
  @Bean(HrrInputProcess.Beans.SUBMIT_HRR_INPUT_DELEGATE)
  JavaDelegate submitHrrInputDelegate(TenantBound bound, HrrMail mail) {
    return bound.delegate(x -> mail.submit(x.tenantId(), x.id(Variables.HRR_CYCLE_ID)));
  }

  /**
   * What the review and the acknowledgement mean: a review needs a compiled text to approve or send
   * back, and the acknowledgement is kept on the cycle.
   */
  @Bean
  StepRecorder hrrSteps(HrrStore store, Clock clock) {
    return StepRecorder.of((task, input) -> {
      Actor actor = TenantContext.current();
      HrrCycle cycle = store.cycleByReference(actor.tenantId(), task.businessKey())
          .orElseThrow(() -> new IllegalStateException("No HRR cycle for task " + task.id()));
      if (task.formKey().equals(Forms.REVIEW_HRR_COMPILATION)) {
        if (cycle.compiledText() == null) {
          throw InvalidInputException.of("decision", "There is no compiled text to review yet.");
        }
        return;
      }
      store.acknowledged(actor.tenantId(), cycle.id(), input.strippedNote(), actor.username(), clock.instant());
    }, Forms.REVIEW_HRR_COMPILATION, Forms.RECORD_HRR_ACKNOWLEDGEMENT);
  }

  /**
   * Documents on an organisation's HRR submission, keyed {@code <cycle reference>/<organisation id>}; the
   * submission must have been entered. Owned by whoever entered it.
   */
  @Bean
  AttachmentTarget hrrSubmissionDocuments(HrrService hrr) {
    return new AttachmentTarget(HrrService.SUBMISSION_KIND, key -> {
      int slash = key.indexOf('/');
      String reference = slash < 0 ? key : key.substring(0, slash);
      String organisation = slash < 0 ? "" : key.substring(slash + 1);
      return hrr.submissions(reference).stream().filter(s -> s.organisationId().toString().equals(organisation))
          .findFirst().map(HrrSubmission::recordedBy)
          .orElseThrow(() -> new NotFoundException("HRR submission " + key));
    });
  }
}
