package org.liaison.officers.internal;

import org.liaison.processes.RelationshipCadenceProcess;
import org.liaison.records.RecordLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What an officer's {@code relationship-cadence} lifecycle is to the record kernel: it runs for the
 * officer id, so its tasks lead to the officer's page; the officer is not numbered and has no status
 * the model keeps (its reach-out task has a form of its own).
 */
@Configuration(proxyBeanMethods = false)
class CadenceLifecycle {

  @Bean
  RecordLifecycle relationshipCadenceLifecycle() {
    return RecordLifecycle.of(RelationshipCadenceProcess.KEY, "officers");
  }
}
