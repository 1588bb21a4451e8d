package org.liaison.defenders.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.mail.Outbox;
import org.liaison.notifications.NoticeKind;
import org.liaison.notifications.Notifications;
import org.liaison.tenancy.Role;
import org.liaison.mail.OutgoingMail;
import org.liaison.officers.ContactService;
import org.liaison.officers.Officer;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.MembershipService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice to the embassy's human-rights officers that a defender is at risk: the reference and
 * what the coalition asks, never who the defender is or where. Queued once per defender.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DefenderNotices {

  private final DefenderStore store;
  private final ContactService contacts;
  private final MembershipService memberships;
  private final Outbox outbox;
  private final Notifications notifications;
  private final Clock clock;

  /**
   * Tells every security focal point of the coalition at once that a defender was reported, with the
   * reference and the time to assess within, never who or where. Once per defender.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void tellFocalPoints(String tenantId, UUID defenderId, String reference, String assessWithin) {
    notifications.tellRole(tenantId, Role.SECURITY, "defender-reported:" + defenderId, NoticeKind.DEFENDER_REPORTED,
        "A defender at risk was reported (" + reference + "): assess the risk within " + assessWithin + ".",
        "/defenders/" + reference);
  }

  /** Tells every coordinator that half the assessment time of this defender passed without an assessment. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void warnCoordinators(String tenantId, UUID defenderId) {
    DefenderStore.Row d = store.byId(tenantId, defenderId)
        .orElseThrow(() -> new IllegalStateException("Defender " + defenderId + " is not in coalition " + tenantId));
    notifications.tellRole(tenantId, Role.COORDINATOR, "defender-half-sla:" + defenderId, NoticeKind.DEFENDER_HALF_SLA,
        "Half the assessment time of defender " + d.reference() + " has passed and the risk is not assessed yet.",
        "/defenders/" + d.reference());
  }

  static String key(UUID defenderId) {
    return "defender-notice:" + defenderId;
  }

  /**
   * Queues the notice; the transaction must be bound to {@code tenantId}.
   *
   * @throws org.liaison.officers.NoHumanRightsOfficerException when no officer is recorded for the country
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void notifyOfficer(String tenantId, UUID defenderId) {
    DefenderStore.Row d = store.byId(tenantId, defenderId)
        .orElseThrow(() -> new IllegalStateException("Defender " + defenderId + " is not in coalition " + tenantId));
    List<Officer> officers = contacts.requireHumanRightsOfficersIn(tenantId, d.country());
    String country = new Locale("", d.country()).getDisplayCountry(Locale.ENGLISH);
    String coalition = memberships.coalition(tenantId).map(Coalition::name).orElse(tenantId);
    outbox.enqueue(new OutgoingMail(key(defenderId), officers.stream().map(Officer::email).distinct().toList(),
        "Human-rights defender at risk in " + country + " — " + d.reference(),
        "Dear " + officers.stream().map(Officer::name).collect(Collectors.joining(", ")) + ",\n\n"
            + "the security focal points of " + coalition + " have confirmed that a human-rights defender in "
            + country + " is at serious risk (our reference " + d.reference() + ").\n\n"
            + "We ask the embassy to:\n"
            + "- be ready to raise the defender's situation with the authorities, publicly or privately;\n"
            + "- consider diplomatic engagement such as a visit, trial observation or a statement;\n"
            + "- tell us whom at the embassy our security focal point should be in touch with.\n\n"
            + "For the defender's safety this message names no one and says nowhere where they are. Our security "
            + "focal point shares those details only over a secure channel; please quote the reference.\n\n"
            + coalition + "\n"));
    store.officerNotified(tenantId, defenderId, clock.instant());
  }
}
