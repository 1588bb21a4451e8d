package org.liaison.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.processes.RouteCaseDecision.Inputs;
import org.liaison.processes.RouteCaseDecision.Outputs;

/** Table test: every rule of both decisions is hit by a case below, and the no-match case is defined. */
class RouteCaseDecisionTest {

  private static final Set<String> matchedRules = new HashSet<>();
  private static DmnModelInstance model;
  private static DmnDecision routeCase;
  private static DmnDecision caseUrgency;
  private static DmnEngine dmn;

  @BeforeAll
  static void parse() throws Exception {
    DefaultDmnEngineConfiguration config = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
        .createDefaultDmnEngineConfiguration();
    config.customPostDecisionTableEvaluationListeners(List.of(RouteCaseDecisionTest::remember));
    dmn = config.buildEngine();
    try (InputStream in = RouteCaseDecisionTest.class.getClassLoader().getResourceAsStream(RouteCaseDecision.RESOURCE)) {
      model = Dmn.readModelFromStream(in);
    }
    routeCase = dmn.parseDecision(RouteCaseDecision.KEY, model);
    caseUrgency = dmn.parseDecision(RouteCaseDecision.URGENCY_KEY, model);
  }

  private static void remember(DmnDecisionTableEvaluationEvent event) {
    event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matchedRules::add);
  }

  @AfterAll
  static void every_rule_was_matched_by_some_case() {
    Set<String> allRules = model.getModelElementsByType(Rule.class).stream().map(Rule::getId)
        .collect(Collectors.toSet());
    assertThat(allRules).hasSize(20);
    assertThat(matchedRules).containsExactlyInAnyOrderElementsOf(allRules);
  }

  private static DmnDecisionResult route(String severity, String... themes) {
    return dmn.evaluateDecision(routeCase, java.util.Map.of(Inputs.THEMES, List.of(themes), Inputs.SEVERITY, severity));
  }

  private static List<String> portfolios(DmnDecisionResult result) {
    return result.collectEntries(Outputs.PORTFOLIO);
  }

  @ParameterizedTest(name = "{0} at {1} goes to {2}")
  @CsvSource({
      "FREEDOM_OF_EXPRESSION, MEDIUM, HUMAN_RIGHTS PUBLIC_AFFAIRS",
      "FREEDOM_OF_ASSEMBLY, LOW, HUMAN_RIGHTS",
      "LABOR_RIGHTS, MEDIUM, LABOR ECONOMIC",
      "HUMAN_RIGHTS_DEFENDERS, MEDIUM, HUMAN_RIGHTS",
      "HUMAN_RIGHTS_DEFENDERS, HIGH, HUMAN_RIGHTS POLITICAL",
      "HUMAN_RIGHTS_DEFENDERS, CRITICAL, HUMAN_RIGHTS POLITICAL",
      "RULE_OF_LAW, LOW, POLITICAL",
      "GENDER_EQUALITY, MEDIUM, HUMAN_RIGHTS",
      "LAND_AND_ENVIRONMENT, HIGH, ECONOMIC COMMERCIAL",
      "RELIGIOUS_FREEDOM, LOW, HUMAN_RIGHTS",
      "ANTI_CORRUPTION, MEDIUM, ECONOMIC POLITICAL",
      "OTHER, LOW, HUMAN_RIGHTS",
  })
  void one_theme_goes_to_its_portfolios(String theme, String severity, String expected) {
    assertThat(portfolios(route(severity, theme))).containsExactly(expected.split(" "));
  }

  @Test
  void several_themes_collect_every_portfolio_with_one_urgency() {
    DmnDecisionResult result = route("HIGH", "LABOR_RIGHTS", "FREEDOM_OF_EXPRESSION");
    assertThat(portfolios(result)).containsExactlyInAnyOrder("HUMAN_RIGHTS", "PUBLIC_AFFAIRS", "LABOR", "ECONOMIC");
    assertThat(result.collectEntries(Outputs.URGENCY)).containsOnly("URGENT");
  }

  @ParameterizedTest(name = "{0} with {1} is {2}")
  @CsvSource({
      "CRITICAL, LABOR_RIGHTS, IMMEDIATE",
      "HIGH, HUMAN_RIGHTS_DEFENDERS, IMMEDIATE",
      "HIGH, RULE_OF_LAW, URGENT",
      "MEDIUM, HUMAN_RIGHTS_DEFENDERS, SOON",
      "LOW, GENDER_EQUALITY, ROUTINE",
  })
  void urgency_follows_severity_and_defenders_at_risk(String severity, String theme, String expected) {
    DmnDecisionResult urgency = dmn.evaluateDecision(caseUrgency,
        java.util.Map.of(Inputs.THEMES, List.of(theme), Inputs.SEVERITY, severity));
    assertThat((String) urgency.getSingleEntry()).isEqualTo(expected);
    assertThat(route(severity, theme).collectEntries(Outputs.URGENCY)).containsOnly(expected);
  }

  @Test
  void a_case_without_themes_matches_no_rule_and_the_owner_picks_officers() {
    assertThat(route("HIGH")).isEmpty();
  }

  @Test
  void an_unknown_severity_has_no_urgency() {
    DmnDecisionResult urgency = dmn.evaluateDecision(caseUrgency,
        java.util.Map.of(Inputs.THEMES, List.of("OTHER"), Inputs.SEVERITY, "SEVERE"));
    assertThat(urgency).isEmpty();
  }
}
