package org.liaison.defenders.internal;

/** The protected fields of a defender record: the names bound into each ciphertext (associated data). */
final class DefenderFields {

  static final String NAME = "name";
  static final String LOCATION = "location";
  static final String CONTACT = "contact";
  static final String RISK_SUMMARY = "risk_summary";

  private DefenderFields() {}
}
