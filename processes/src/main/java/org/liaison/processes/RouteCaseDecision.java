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
  public static final class Inputs {
    public static final String THEMES = "themes";
    public static final String SEVERITY = "severity";

    private Inputs() {}
  }

  /** Outputs of the two decisions. */
  public static final class Outputs {
    public static final String PORTFOLIO = "portfolio";
    public static final String URGENCY = "urgency";
    public static final String CASE_URGENCY = "caseUrgency";

    private Outputs() {}
  }

  private RouteCaseDecision() {}
}
