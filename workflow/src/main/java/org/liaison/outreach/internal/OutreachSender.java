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
import org.liaison.cases.CaseService;
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
        List.of(officer.email()), caseDetails.title() + " (" + reference + ")", body(officer, outreach)));
    if (queued) {
      Instant now = clock.instant();
      outreach.sentTo(officer.email(), now.atZone(ZoneOffset.UTC).toLocalDate(), "liaison", now);
      cases.recordActivity(reference, CaseActivity.Kind.OUTREACH_SENT, officer.name() + " <" + officer.email() + ">");
    }
  }

  private static String body(Officer officer, OutreachEntity outreach) {
    return "Dear " + officer.name() + ",\n\n"
        + "What is important about this issue\n" + outreach.important() + "\n\n"
        + "Why it matters to the United States\n" + outreach.whyUnitedStates() + "\n\n"
        + "What the embassy can do\n" + outreach.embassyAction() + "\n";
  }
}
