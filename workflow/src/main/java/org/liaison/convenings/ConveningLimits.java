package org.liaison.convenings;

/** Field sizes, shared by validation and the screens. */
public final class ConveningLimits {

  public static final int TITLE = 200;
  public static final int PLACE = 500;
  public static final int AGENDA = 4000;
  public static final int INVITEES = 200;

  private ConveningLimits() {}
}
