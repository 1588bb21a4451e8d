package org.liaison.officers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A contact with an officer logged at any time on their page; recorded as an engagement. */
public record NewContact(
    @NotNull(message = "{liaison.contact.kind.required}") EngagementKind kind,
    @NotBlank(message = "{liaison.engagement.summary.required}")
    @Size(max = 4000, message = "{liaison.engagement.summary.tooLong}") String summary,
    @NotNull(message = "{liaison.engagement.date.required}")
    @PastOrPresent(message = "{liaison.engagement.date.future}") LocalDate occurredOn) {

  /** The kinds of contact one logs: a call, an e-mail, an event, a site visit, information shared. */
  public static final List<EngagementKind> KINDS = List.of(EngagementKind.CALL, EngagementKind.EMAIL,
      EngagementKind.EVENT, EngagementKind.SITE_VISIT, EngagementKind.INFORMATION_SHARING);
}
