package org.liaison.ui;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the record a lifecycle runs for is shown: the route of its page, by process id. A task's
 * business key is the record's reference, so {@code route(processKey) + "/" + businessKey} opens it.
 * A meeting runs either for its own reference ({@code MTG-2026-0001}: its page) or, when a case's
 * lifecycle asked for it, for the case reference (the case's page). A relationship-cadence runs for
 * the officer id (the officer's page).
 */
public final class Records {

  private static final Map<String, String> ROUTES = Map.of(
      "raise-issue", "cases",
      "embassy-meeting", "cases",
      "relationship-cadence", "officers",
      "convening", "convenings",
      "hrr-input", "hrr",
      "defender-emergency", "defenders",
      "court-hearing", "hearings");

  private static final Pattern MEETING_REFERENCE = Pattern.compile("MTG-\\d{4}-\\d{4,}");

  /** The page of the record, or the inbox when the process has no page of its own. */
  public static String link(String processKey, String businessKey) {
    String route = ROUTES.get(processKey);
    if (route == null || businessKey == null) {
      return "";
    }
    if ("embassy-meeting".equals(processKey) && MEETING_REFERENCE.matcher(businessKey).matches()) {
      return "meetings/" + businessKey;
    }
    return route + "/" + businessKey;
  }

  private Records() {}
}
