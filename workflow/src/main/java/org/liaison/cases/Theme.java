package org.liaison.cases;

/** The human-rights themes a case touches; later they route a case to officer portfolios. */
public enum Theme {
  FREEDOM_OF_EXPRESSION,
  FREEDOM_OF_ASSEMBLY,
  LABOR_RIGHTS,
  HUMAN_RIGHTS_DEFENDERS,
  RULE_OF_LAW,
  GENDER_EQUALITY,
  LAND_AND_ENVIRONMENT,
  RELIGIOUS_FREEDOM,
  ANTI_CORRUPTION,
  OTHER
}
