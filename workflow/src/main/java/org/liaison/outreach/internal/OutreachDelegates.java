package org.liaison.outreach.internal;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RaiseIssueProcess.Variables;
import org.liaison.records.TenantBound;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outreach's part in the {@code raise-issue} model. */
@Configuration(proxyBeanMethods = false)
class OutreachDelegates {

  /** {@code Task_SendOutreach}, once per chosen officer: queues the approved outreach for that officer. */
  @Bean(RaiseIssueProcess.Beans.SEND_OUTREACH_DELEGATE)
  JavaDelegate sendOutreachDelegate(TenantBound bound, OutreachSender sender) {
    return bound.delegate(x -> sender.send(x.tenantId(), x.businessKey(), x.id(Variables.OFFICER_ID)));
  }
}
