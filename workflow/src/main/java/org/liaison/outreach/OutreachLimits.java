package org.liaison.outreach;

/** Field lengths, shared by validation, the database columns and the forms. */
public final class OutreachLimits {
  public static final int PART = 4000;
  public static final int REVIEW_COMMENT = 2000;
  public static final int RECIPIENTS = 1000;

  private OutreachLimits() {}
}
