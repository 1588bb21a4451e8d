package org.liaison.hrr.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.hrr.CycleStatus;
import org.liaison.hrr.HrrCycle;
import org.liaison.hrr.HrrSubmission;
import org.liaison.mail.Outbox;
import org.liaison.mail.OutgoingMail;
import org.liaison.officers.ContactService;
import org.liaison.officers.Officer;
import org.liaison.organisations.MemberOrganisation;
import org.liaison.organisations.MemberOrganisationService;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.MembershipService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail of a cycle, through the outbox: the call for input and the reminder to member
 * organisations (one per cycle and organisation, whatever retries happen), and the compiled input
 * to the human-rights officers of the embassy in the country (one per cycle).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HrrMail {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final HrrStore store;
  private final Outbox outbox;
  private final MemberOrganisationService organisations;
  private final ContactService contacts;
  private final MembershipService memberships;
  private final Clock clock;

  static String callKey(UUID cycleId, UUID organisationId) {
    return "hrr-call:" + cycleId + ":" + organisationId;
  }

  static String reminderKey(UUID cycleId, UUID organisationId) {
    return "hrr-reminder:" + cycleId + ":" + organisationId;
  }

  static String submissionKey(UUID cycleId) {
    return "hrr-submission:" + cycleId;
  }

  /** Calls every member organisation for input; returns how many were called. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int callForInput(String tenantId, UUID cycleId) {
    HrrCycle cycle = cycle(tenantId, cycleId);
    String coalition = coalition(tenantId);
    List<MemberOrganisation> all = organisations.forCoalition(tenantId);
    for (MemberOrganisation org : all) {
      outbox.enqueue(new OutgoingMail(callKey(cycleId, org.id()), List.of(org.contactEmail()),
          "Call for input: " + cycle.year() + " Human Rights Report on " + HrrCycles.countryName(cycle.country())
              + " — due " + DAY.format(cycle.submissionDeadline()),
          "Dear colleagues at " + org.name() + ",\n\n"
              + coalition + " is compiling the coalition's input to the U.S. State Department's " + cycle.year()
              + " Country Report on Human Rights Practices for " + HrrCycles.countryName(cycle.country()) + ".\n\n"
              + "Please send your organisation's input — what happened, when and where, and your sources — by "
              + DAY.format(cycle.submissionDeadline()) + ", by replying to this message.\n\n"
              + "Reference: " + cycle.reference() + "\n"));
    }
    return all.size();
  }

  /** Reminds the organisations that have not sent input yet; returns how many were reminded. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int remind(String tenantId, UUID cycleId) {
    HrrCycle cycle = cycle(tenantId, cycleId);
    Set<UUID> submitted = store.submissions(tenantId, cycleId).stream().map(HrrSubmission::organisationId)
        .collect(Collectors.toSet());
    List<MemberOrganisation> missing = organisations.forCoalition(tenantId).stream()
        .filter(org -> !submitted.contains(org.id())).toList();
    for (MemberOrganisation org : missing) {
      outbox.enqueue(new OutgoingMail(reminderKey(cycleId, org.id()), List.of(org.contactEmail()),
          "Reminder: input for the " + cycle.year() + " Human Rights Report on " + HrrCycles.countryName(cycle.country())
              + " is due " + DAY.format(cycle.submissionDeadline()),
          "Dear colleagues at " + org.name() + ",\n\n"
              + "we have not received your organisation's input for the " + cycle.year()
              + " Human Rights Report on " + HrrCycles.countryName(cycle.country()) + " yet. Please send it by "
              + DAY.format(cycle.submissionDeadline()) + ", by replying to this message.\n\n"
              + coalition(tenantId) + "\nReference: " + cycle.reference() + "\n"));
    }
    return missing.size();
  }

  /**
   * Sends the compiled input to the human-rights officers of the coalition's embassy in the country
   * and marks the cycle submitted.
   *
   * @throws org.liaison.officers.NoHumanRightsOfficerException when none is recorded; nothing is sent
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void submit(String tenantId, UUID cycleId) {
    HrrCycle cycle = cycle(tenantId, cycleId);
    if (cycle.status() != CycleStatus.OPEN) {
      return; // already submitted: a retried job sends nothing twice
    }
    if (cycle.compiledText() == null) {
      throw new IllegalStateException("Cycle " + cycle.reference() + " has no compiled text to submit");
    }
    List<Officer> officers = contacts.requireHumanRightsOfficersIn(tenantId, cycle.country());
    List<String> to = officers.stream().map(Officer::email).distinct().toList();
    String coalition = coalition(tenantId);
    outbox.enqueue(new OutgoingMail(submissionKey(cycleId), to,
        "Civil-society input to the " + cycle.year() + " Human Rights Report on " + HrrCycles.countryName(cycle.country()),
        "Dear " + officers.stream().map(Officer::name).collect(Collectors.joining(", ")) + ",\n\n"
            + "please find below the input of " + coalition + " to the " + cycle.year()
            + " Country Report on Human Rights Practices for " + HrrCycles.countryName(cycle.country())
            + ", compiled from the contributions of its member organisations.\n\n"
            + cycle.compiledText() + "\n\n"
            + "We would be grateful for an acknowledgement of receipt.\n\n" + coalition + "\nReference: "
            + cycle.reference() + "\n"));
    store.submitted(tenantId, cycleId, String.join(", ", to), clock.instant());
  }

  private HrrCycle cycle(String tenantId, UUID cycleId) {
    return store.cycle(tenantId, cycleId)
        .orElseThrow(() -> new IllegalStateException("HRR cycle " + cycleId + " is not in coalition " + tenantId));
  }

  private String coalition(String tenantId) {
    return memberships.coalition(tenantId).map(Coalition::name).orElse(tenantId);
  }
}
