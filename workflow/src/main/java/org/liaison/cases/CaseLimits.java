package org.liaison.cases;

/** Field lengths, shared by validation, the database columns and the forms. */
public final class CaseLimits {
  public static final int TITLE = 200;
  public static final int SUMMARY = 4000;
  public static final int TRIAGE_NOTE = 2000;

  private CaseLimits() {}
}
