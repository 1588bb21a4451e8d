package org.liaison.workflow.internal;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Engine settings Liaison depends on for isolation and safety: shared definitions stamped per
 * coalition, the tenant check on, no expressions in queries, no Java serialization in variables,
 * and models with scripts refused at deployment.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineHardening extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    config.setTenantIdProvider(new TenantIdFromAuthentication());
    config.setTenantCheckEnabled(true);
    config.setEnableExpressionsInAdhocQueries(false);
    config.setEnableExpressionsInStoredQueries(false);
    config.setJavaSerializationFormatEnabled(false);
    if (config.getCustomPreBPMNParseListeners() == null) {
      config.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    config.getCustomPreBPMNParseListeners().add(new NoScriptsParseListener());
  }
}
