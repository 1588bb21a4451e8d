package org.liaison.outreach.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseDetails;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.Person;
import org.liaison.cases.CaseService;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.MembershipService;
import org.liaison.mail.OutgoingMail;
import org.liaison.mail.Outbox;
import org.liaison.officers.ContactService;
import org.liaison.officers.Officer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the approved outreach of a case for one officer in the mail outbox. The idempotency key is
 * the case and the officer, so a retried sending queues nothing twice; the mail leaves only when
 * the engine's transaction commits.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutreachSender {

  private final OutreachRepository messages;
  private final CaseService cases;
  private final ContactService contacts;
  private final Outbox outbox;
  private final Clock clock;
  private final Accounts accounts;
  private final MembershipService memberships;

  @Transactional(propagation = Propagation.MANDATORY)
  void send(String tenantId, String reference, UUID officerId) {
    CaseDetails caseDetails = cases.get(reference);
    OutreachEntity outreach = messages.findByTenantIdAndCaseId(tenantId, caseDetails.id())
        .orElseThrow(() -> new IllegalStateException("Case " + reference + " has no approved outreach"));
    Officer officer = contacts.officer(officerId);
    if (officer.email() == null) {
      throw new IllegalStateException("Officer " + officerId + " of case " + reference + " has no e-mail address");
    }
    boolean queued = outbox.enqueue(new OutgoingMail("outreach:" + caseDetails.id() + ":" + officerId,
        List.of(officer.email()), caseDetails.title() + " (" + reference + ")",
        body(officer, outreach, signature(tenantId, reference))));
    if (queued) {
      Instant now = clock.instant();
      outreach.sentTo(officer.email(), now.atZone(ZoneOffset.UTC).toLocalDate(), "liaison", now);
      cases.recordActivity(reference, CaseActivity.Kind.OUTREACH_SENT, officer.name() + " <" + officer.email() + ">");
    }
  }

  /** Who writes: the person who drafted the outreach (last), for the coalition. */
  private String signature(String tenantId, String reference) {
    String coalition = memberships.coalition(tenantId).map(Coalition::name).orElse(tenantId);
    return cases.timeline(reference).stream().filter(a -> a.kind() == CaseActivity.Kind.OUTREACH_DRAFTED)
        .reduce((earlier, later) -> later).map(CaseActivity::actor)
        .map(username -> accounts.person(username).map(Person::displayName).orElse(username) + "\n" + coalition)
        .orElse(coalition);
  }

  static String body(Officer officer, OutreachEntity outreach, String signature) {
    return "Dear " + officer.name() + ",\n\n"
        + "What is important about this issue\n" + outreach.important() + "\n\n"
        + "Why it matters to the United States\n" + outreach.whyUnitedStates() + "\n\n"
        + "What the embassy can do\n" + outreach.embassyAction() + "\n\n"
        + "With kind regards,\n" + signature + "\n";
  }
}
