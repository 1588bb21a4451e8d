package org.liaison.defenders;

/** What the reader of a defender record was shown, by need to know. */
public enum DefenderAccess {
  /** A security focal point of the coalition: identity and risk summary. */
  FOCAL_POINT,
  /** A coordinator who broke the glass with a stated reason: identity and risk summary, audited, focal points told. */
  BROKE_THE_GLASS,
  /** A coordinator: the pseudonym, country, risk level and lifecycle, not who the defender is. */
  RESTRICTED,
  /** Anyone else in the coalition: that a restricted record exists, its reference and status, nothing more. */
  EXISTS_ONLY
}
