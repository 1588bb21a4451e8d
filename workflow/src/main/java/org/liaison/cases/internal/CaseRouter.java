package org.liaison.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.Urgency;
import org.liaison.officers.Portfolio;
import org.liaison.processes.RouteCaseDecision;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes a case with the {@code route-case} decision: stores the portfolios to approach and the
 * urgency, and notes both on the timeline. No matching rule leaves the portfolios empty (the owner
 * picks officers by hand) and takes the urgency from {@code case-urgency} alone.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CaseRouter {

  static final String ENGINE_ACTOR = "liaison";

  private final CaseRepository cases;
  private final CaseActivityRepository activities;
  private final CaseRoutingStore store;
  private final WorkflowEngine workflow;
  private final Clock clock;

  @Transactional(propagation = Propagation.MANDATORY)
  Urgency route(String tenantId, UUID caseId) {
    CaseEntity entity = cases.findByTenantIdAndId(tenantId, caseId)
        .orElseThrow(() -> new IllegalStateException("Case " + caseId + " not found in coalition " + tenantId));
    Map<String, Object> inputs = Map.of(
        RouteCaseDecision.Inputs.THEMES, entity.themes().stream().map(Enum::name).sorted().toList(),
        RouteCaseDecision.Inputs.SEVERITY, entity.severity().name());
    List<Map<String, Object>> rows = workflow.decide(RouteCaseDecision.KEY, tenantId, inputs);
    Set<Portfolio> portfolios = new LinkedHashSet<>();
    rows.forEach(row -> portfolios.add(Portfolio.valueOf((String) row.get(RouteCaseDecision.Outputs.PORTFOLIO))));
    String urgencyName = rows.isEmpty()
        ? (String) workflow.decide(RouteCaseDecision.URGENCY_KEY, tenantId, inputs).get(0)
            .get(RouteCaseDecision.Outputs.CASE_URGENCY)
        : (String) rows.get(0).get(RouteCaseDecision.Outputs.URGENCY);
    Urgency urgency = Urgency.valueOf(urgencyName);
    Instant now = clock.instant();
    store.replacePortfolios(tenantId, caseId, portfolios);
    entity.route(urgency, now);
    activities.save(new CaseActivityEntity(tenantId, caseId, now, ENGINE_ACTOR, CaseActivity.Kind.ROUTED,
        (portfolios.isEmpty() ? "no rule matched; choose officers by hand" : String.join(", ",
            portfolios.stream().map(Enum::name).toList())) + " · " + urgency.name()));
    return urgency;
  }
}
