package org.liaison.officers;

/** An officer's area of work; different issues call for different officers, often several. */
public enum Portfolio {
  HUMAN_RIGHTS,
  LABOR,
  ECONOMIC,
  COMMERCIAL,
  POLITICAL,
  PUBLIC_AFFAIRS,
  OTHER
}
