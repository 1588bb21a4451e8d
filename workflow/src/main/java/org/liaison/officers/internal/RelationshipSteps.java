package org.liaison.officers.internal;

import org.liaison.processes.RelationshipCadenceProcess.Forms;
import org.liaison.steps.StepDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reach-out step is completed through {@link org.liaison.officers.RelationshipService#reachOut}
 * (its own form records the engagement); declaring it lets the step service journal and complete it.
 */
@Configuration(proxyBeanMethods = false)
class RelationshipSteps {

  @Bean
  StepDefinition reachOutStep() {
    return StepDefinition.note(Forms.REACH_OUT);
  }
}
