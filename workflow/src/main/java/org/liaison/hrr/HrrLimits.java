package org.liaison.hrr;

/** Field sizes, shared by validation and the screens. */
public final class HrrLimits {

  /** One organisation's input. */
  public static final int SUBMISSION = 20_000;
  /** The compiled text (it travels in one mail). */
  public static final int COMPILED = 90_000;

  private HrrLimits() {}
}
