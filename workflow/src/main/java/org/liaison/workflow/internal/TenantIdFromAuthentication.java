package org.liaison.workflow.internal;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Stamps every new instance of a shared definition with the coalition of the user who starts it
 * (the single tenant of the engine authentication set by the workflow facade), or with the tenant
 * of the calling instance. Refuses to start an instance that would belong to no coalition.
 */
class TenantIdFromAuthentication implements TenantIdProvider {

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution caller = ctx.getSuperExecution();
    if (caller != null && caller.getTenantId() != null) {
      return caller.getTenantId();
    }
    return fromAuthentication("process " + ctx.getProcessDefinition().getKey());
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return fromAuthentication("case " + ctx.getCaseDefinition().getKey());
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null && ctx.getExecution().getTenantId() != null) {
      return ctx.getExecution().getTenantId();
    }
    return fromAuthentication("decision " + ctx.getDecisionDefinition().getKey());
  }

  private static String fromAuthentication(String what) {
    Authentication auth = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    List<String> tenants = auth == null ? null : auth.getTenantIds();
    if (tenants == null || tenants.size() != 1) {
      throw new ProcessEngineException("Refusing to start " + what
          + " without exactly one coalition in the engine authentication (got " + tenants + ")");
    }
    return tenants.get(0);
  }
}
