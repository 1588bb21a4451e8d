package org.liaison.convenings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a coordinator enters to propose a convening. {@code place} is needed in person, {@code link}
 * online; {@code embassyId} when an embassy co-hosts or is asked to host. The RSVP deadline falls
 * before the start, both in the future.
 */
public record NewConvening(
    @NotBlank(message = "{liaison.convening.title.required}")
    @Size(max = ConveningLimits.TITLE, message = "{liaison.convening.title.tooLong}") String title,
    @NotNull(message = "{liaison.convening.format.required}") ConveningFormat format,
    @NotNull(message = "{liaison.convening.hosting.required}") Hosting hosting,
    UUID embassyId,
    @NotNull(message = "{liaison.convening.startsAt.required}") Instant startsAt,
    @Size(max = ConveningLimits.PLACE, message = "{liaison.convening.place.tooLong}") String place,
    @Size(max = ConveningLimits.PLACE, message = "{liaison.url.tooLong}")
    @Pattern(regexp = "^$|https?://\\S+", message = "{liaison.url.invalid}") String link,
    @NotBlank(message = "{liaison.convening.agenda.required}")
    @Size(max = ConveningLimits.AGENDA, message = "{liaison.convening.agenda.tooLong}") String agenda,
    @NotNull(message = "{liaison.convening.rsvpDeadline.required}") Instant rsvpDeadline,
    @NotNull(message = "{liaison.convening.invitees.tooMany}")
    @Size(max = ConveningLimits.INVITEES, message = "{liaison.convening.invitees.tooMany}")
    List<@Valid @NotNull NewInvitee> invitees) {}
