package org.liaison.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.processes.RaiseIssueProcess;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine settings Liaison's isolation and safety depend on, as the running engine has them. */
class EngineHardeningIT extends DatabaseIT {

  @Autowired ProcessEngine engine;

  @Test
  void the_engine_checks_tenants_and_allows_no_expressions_in_queries_nor_java_serialization() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.isTenantCheckEnabled()).isTrue();
    assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(config.isEnableExpressionsInStoredQueries()).isFalse();
    assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(config.getTenantIdProvider()).isNotNull();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").count()).isZero();
  }

  @Test
  void process_definitions_are_shared_not_owned_by_a_coalition() {
    ProcessDefinition raiseIssue = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(RaiseIssueProcess.KEY).latestVersion().singleResult();
    assertThat(raiseIssue.getTenantId()).isNull();
    assertThat(raiseIssue.getHistoryTimeToLive()).isPositive();
  }

  @Test
  void a_model_with_a_script_task_is_refused_at_deployment_naming_the_element() {
    BpmnModelInstance scripted = Bpmn.createExecutableProcess("scripted")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .scriptTask("Task_RunScript").scriptFormat("javascript").scriptText("1 + 1")
        .endEvent()
        .done();

    assertThatThrownBy(() -> engine.getRepositoryService().createDeployment()
        .addModelInstance("scripted.bpmn", scripted).deploy())
        .hasStackTraceContaining("Script task 'Task_RunScript' is not allowed");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("scripted").count())
        .isZero();
  }

  @Test
  void an_instance_started_without_a_coalition_is_refused() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(RaiseIssueProcess.KEY))
        .hasMessageContaining("without exactly one coalition");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }
}
