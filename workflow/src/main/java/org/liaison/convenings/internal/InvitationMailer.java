package org.liaison.convenings.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.convenings.Convening;
import org.liaison.convenings.ConveningFormat;
import org.liaison.convenings.Invitation;
import org.liaison.mail.Outbox;
import org.liaison.mail.OutgoingMail;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.MembershipService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues one invitation mail through the outbox, keyed by the invitation, so a retried sending
 * queues nothing twice, and notes when it was queued.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvitationMailer {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

  /**
   * A moment of the convening in its local time, the zone named: the co-hosting or hosting embassy's,
   * else UTC ("Tuesday 24 December 2026, 10:00 East Africa Time").
   */
  private String when(Instant instant, ZoneId zone) {
    return WHEN.format(instant.atZone(zone)) + " " + zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private ZoneId zoneOf(String tenantId, Convening c) {
    return c.embassyId() == null ? ZoneOffset.UTC
        : contacts.embassyOf(tenantId, c.embassyId()).map(Embassy::timeZone).orElse(ZoneOffset.UTC);
  }

  private final ConveningStore store;
  private final Outbox outbox;
  private final MembershipService memberships;
  private final ContactService contacts;
  private final Clock clock;

  /** Idempotency key of an invitation's mail. */
  static String key(UUID invitationId) {
    return "convening-invitation:" + invitationId;
  }

  /** Queues the invitation's mail (once per invitation); the transaction must be bound to {@code tenantId}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void send(String tenantId, UUID invitationId) {
    ConveningStore.InvitationOf found = store.invitation(tenantId, invitationId)
        .orElseThrow(() -> new IllegalStateException("Invitation " + invitationId + " is not in coalition " + tenantId));
    Convening convening = store.byId(tenantId, found.conveningId()).orElseThrow();
    Invitation invitation = found.invitation();
    String coalition = memberships.coalition(tenantId).map(Coalition::name).orElse(tenantId);
    Instant now = clock.instant();
    outbox.enqueue(new OutgoingMail(key(invitationId), List.of(invitation.email()),
        "Invitation: " + convening.title() + " — " + when(convening.startsAt(), zoneOf(tenantId, convening)),
        body(coalition, convening, invitation, tenantId)));
    store.markInvited(tenantId, invitationId, now);
  }

  private String body(String coalition, Convening c, Invitation invitation, String tenantId) {
    StringBuilder b = new StringBuilder();
    b.append("Dear ").append(invitation.inviteeName()).append(",\n\n");
    b.append(coalition).append(" invites you to ").append(c.title()).append(".\n\n");
    ZoneId zone = zoneOf(tenantId, c);
    b.append("When: ").append(when(c.startsAt(), zone)).append('\n');
    b.append(c.format() == ConveningFormat.ONLINE ? "Online: " + c.link() : "Where: " + c.place()).append('\n');
    String embassy = c.embassyId() == null ? null : embassyName(tenantId, c.embassyId());
    switch (c.hosting()) {
      case HOSTED -> b.append("Hosted by ").append(coalition).append('\n');
      case CO_HOSTED -> b.append("Co-hosted by ").append(coalition).append(" and ").append(embassy).append('\n');
      case REQUESTED_FROM_EMBASSY -> b.append("Hosted by ").append(embassy).append(" at the request of ")
          .append(coalition).append('\n');
      default -> { }
    }
    b.append("\nAgenda:\n").append(c.agenda()).append("\n\n");
    b.append("Please let us know by ").append(when(c.rsvpDeadline(), zone))
        .append(" whether you will attend, by replying to this message.\n\n");
    b.append("Reference: ").append(c.reference()).append('\n');
    return b.toString();
  }

  private String embassyName(String tenantId, UUID embassyId) {
    return contacts.embassyOf(tenantId, embassyId).map(e -> "the U.S. Embassy in " + e.city())
        .orElse("the U.S. Embassy");
  }
}
