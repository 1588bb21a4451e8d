package org.liaison.officers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Something useful done for an officer when the contact cadence passed: shared information, an
 * invitation to an event or a site visit, or a question; recorded as an engagement.
 */
public record ReachOut(
    @NotNull(message = "{liaison.reachOut.kind.required}") EngagementKind kind,
    @NotBlank(message = "{liaison.engagement.summary.required}")
    @Size(max = 4000, message = "{liaison.engagement.summary.tooLong}") String summary) {

  /** The kinds of contact that count as reaching out with something useful. */
  public static final Set<EngagementKind> KINDS = Set.of(EngagementKind.INFORMATION_SHARING,
      EngagementKind.EVENT_INVITATION, EngagementKind.SITE_VISIT, EngagementKind.QUESTION);
}
