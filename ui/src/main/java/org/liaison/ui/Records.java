package org.liaison.ui;

import java.util.Map;

/**
 * Where the record a lifecycle runs for is shown: the route of its page, by process id. A task's
 * business key is the record's reference, so {@code route(processKey) + "/" + businessKey} opens it.
 */
public final class Records {

  private static final Map<String, String> ROUTES = Map.of(
      "raise-issue", "cases",
      "embassy-meeting", "cases",
      "relationship-cadence", "contacts",
      "convening", "convenings",
      "hrr-input", "hrr",
      "defender-emergency", "defenders",
      "court-hearing", "hearings");

  /** The page of the record, or the inbox when the process has no page of its own. */
  public static String link(String processKey, String businessKey) {
    String route = ROUTES.get(processKey);
    if (route == null || businessKey == null) {
      return "";
    }
    return "contacts".equals(route) ? route : route + "/" + businessKey;
  }

  private Records() {}
}
