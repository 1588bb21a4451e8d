package org.liaison.hrr.internal;

import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.processes.HrrInputProcess;
import org.liaison.processes.HrrInputProcess.Variables;
import org.liaison.tenancy.RowSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code hrr-input}. Each is thin: it binds the instance's coalition (the job
 * executor runs timers without a signed-in user), reads ids from the variables and calls one method.
 */
@Configuration(proxyBeanMethods = false)
class HrrDelegates {

  private static final Logger log = LoggerFactory.getLogger(HrrDelegates.class);

  /**
   * {@code Task_OpenCycle}: opens the year's cycle, names the instance after it (so its tasks lead to
   * the cycle's page) and sets the ISO 8601 dates the timers wait for. No cycle to open: BPMN error
   * {@link HrrInputProcess.Errors#NO_HRR_CYCLE}, and the calendar ends.
   */
  @Bean(HrrInputProcess.Beans.OPEN_HRR_CYCLE_DELEGATE)
  JavaDelegate openHrrCycleDelegate(HrrCycles cycles, RowSecurity rowSecurity) {
    return execution -> {
      String tenantId = bind(rowSecurity, execution);
      String scheduled = (String) execution.getVariable(Variables.NEXT_CYCLE_OPENS);
      HrrCycles.Opened opened = cycles.open(tenantId, (String) execution.getVariable(Variables.COUNTRY),
          scheduled == null ? null : Instant.parse(scheduled));
      if (opened.cycle() == null) {
        throw new BpmnError(HrrInputProcess.Errors.NO_HRR_CYCLE, opened.noCycleReason());
      }
      execution.setProcessBusinessKey(opened.cycle().reference());
      execution.setVariable(Variables.HRR_CYCLE_ID, opened.cycle().id().toString());
      execution.setVariable(Variables.REMINDER_AT, opened.cycle().reminderAt().toString());
      execution.setVariable(Variables.SUBMISSION_DEADLINE, opened.cycle().submissionDeadline().toString());
      execution.setVariable(Variables.NEXT_CYCLE_OPENS, opened.cycle().nextCycleOpens().toString());
    };
  }

  /** {@code Task_CallForInput}: one call for input to each member organisation. */
  @Bean(HrrInputProcess.Beans.CALL_FOR_HRR_INPUT_DELEGATE)
  JavaDelegate callForHrrInputDelegate(HrrMail mail, RowSecurity rowSecurity) {
    return execution -> {
      int called = mail.callForInput(bind(rowSecurity, execution), cycleId(execution));
      log.info("HRR cycle {}: called {} member organisations for input", execution.getProcessBusinessKey(), called);
    };
  }

  /** {@code Task_RemindMembers}: a reminder to each organisation that has not sent input. */
  @Bean(HrrInputProcess.Beans.REMIND_HRR_MEMBERS_DELEGATE)
  JavaDelegate remindHrrMembersDelegate(HrrMail mail, RowSecurity rowSecurity) {
    return execution -> {
      int reminded = mail.remind(bind(rowSecurity, execution), cycleId(execution));
      log.info("HRR cycle {}: reminded {} member organisations", execution.getProcessBusinessKey(), reminded);
    };
  }

  /**
   * {@code Task_SubmitToEmbassy}: mails the approved compilation to the embassy's human-rights
   * officers. It runs when the review approves; without an officer to send to it throws
   * {@link org.liaison.officers.NoHumanRightsOfficerException}, so the approval is refused with that
   * message and nothing changes (on the job executor it would become an incident with the same message).
   */
  @Bean(HrrInputProcess.Beans.SUBMIT_HRR_INPUT_DELEGATE)
  JavaDelegate submitHrrInputDelegate(HrrMail mail, RowSecurity rowSecurity) {
    return execution -> mail.submit(bind(rowSecurity, execution), cycleId(execution));
  }

  private static String bind(RowSecurity rowSecurity, DelegateExecution execution) {
    rowSecurity.bindTenantOf(execution);
    return execution.getTenantId();
  }

  private static UUID cycleId(DelegateExecution execution) {
    return UUID.fromString((String) execution.getVariable(Variables.HRR_CYCLE_ID));
  }
}
