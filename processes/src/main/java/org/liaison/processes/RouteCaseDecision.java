package org.liaison.processes;

/**
 * Names used by the routing decision ({@code dmn/route-case.dmn}): which officer portfolios to
 * approach for a case and how urgently. {@code route-case} collects one row per portfolio and takes
 * its urgency from the required decision {@code case-urgency}.
 */
public final class RouteCaseDecision {

  public static final String KEY = "route-case";
  public static final String URGENCY_KEY = "case-urgency";
  public static final String RESOURCE = "dmn/route-case.dmn";

  /** Inputs: {@code themes} is a list of theme names, {@code severity} a severity name. */
  public interface Inputs {
    String THEMES = "themes";
    String SEVERITY = "severity";
  }

  /** Outputs of the two decisions. */
  public interface Outputs {
    String PORTFOLIO = "portfolio";
    String URGENCY = "urgency";
    String CASE_URGENCY = "caseUrgency";
  }

  private RouteCaseDecision() {}
}
