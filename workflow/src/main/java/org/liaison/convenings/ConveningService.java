package org.liaison.convenings;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.convenings.internal.ConveningStore;
import org.liaison.officers.ContactService;
import org.liaison.processes.ConveningProcess;
import org.liaison.processes.ConveningProcess.Variables;
import org.liaison.records.RecordReferences;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.liaison.records.Found;
import org.liaison.records.ListQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing convenings, reading them and recording RSVPs, for the current coalition. A convening of
 * another coalition is reported as not found.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConveningService {

  /** The kind of record convenings are in the kernel's history and attachments. */
  public static final String KIND = "convening";

  private final ConveningStore store;
  private final RecordReferences references;
  private final ContactService contacts;
  private final WorkflowEngine workflow;
  private final InputValidator validator;
  private final Clock clock;

  /**
   * Proposes a convening owned by the current coordinator, with its invitees, and starts its
   * {@code convening} lifecycle in one transaction. Every problem with the input is named on its
   * field (invitees as {@code invitees[2].email}); then nothing is saved and nothing starts.
   */
  @Transactional
  public Convening propose(NewConvening input) {
    Actor actor = TenantContext.require(Role.COORDINATOR);
    Instant now = clock.instant();
    check(input, now);
    Instant startsAt = input.startsAt().truncatedTo(ChronoUnit.SECONDS);
    Instant rsvpDeadline = input.rsvpDeadline().truncatedTo(ChronoUnit.SECONDS);
    String reference = references.next(actor.tenantId(), ConveningProcess.KEY);
    boolean inPerson = input.format() == ConveningFormat.IN_PERSON;
    Convening convening = new Convening(UUID.randomUUID(), reference, input.title().strip(), input.format(),
        input.hosting(), input.embassyId(), startsAt, inPerson ? input.place().strip() : null,
        inPerson ? null : input.link().strip(), input.agenda().strip(), rsvpDeadline, ConveningStatus.PROPOSED, null,
        actor.username(), now);
    store.insert(actor.tenantId(), convening, now);
    store.insertInvitations(actor.tenantId(), convening.id(), input.invitees());
    String instanceId = workflow.start(ConveningProcess.KEY, reference, Map.of(
        Variables.CONVENING_ID, convening.id().toString(),
        Variables.CONVENING_OWNER, actor.username(),
        Variables.RSVP_DEADLINE, rsvpDeadline.toString()));
    store.runBy(actor.tenantId(), convening.id(), instanceId);
    return convening;
  }

  private void check(NewConvening input, Instant now) {
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      validator.check(input);
    } catch (InvalidInputException e) {
      errors.putAll(e.fieldErrors());
    }
    if (input.format() == ConveningFormat.IN_PERSON && blank(input.place())) {
      errors.putIfAbsent("place", "Say where the convening takes place.");
    }
    if (input.format() == ConveningFormat.ONLINE && blank(input.link())) {
      errors.putIfAbsent("link", "Give the link people join with (starting with https://).");
    }
    if (input.hosting() != null && input.hosting().needsEmbassy() && input.embassyId() == null) {
      errors.putIfAbsent("embassyId", input.hosting() == Hosting.CO_HOSTED
          ? "Choose the embassy that co-hosts the convening."
          : "Choose the embassy you ask to host the convening.");
    }
    if (input.embassyId() != null && contacts.embassies().stream().noneMatch(e -> e.id().equals(input.embassyId()))) {
      errors.putIfAbsent("embassyId", "That embassy is not recorded in this coalition; reload the page.");
    }
    if (input.startsAt() != null && !input.startsAt().isAfter(now)) {
      errors.putIfAbsent("startsAt", "The convening must start in the future.");
    }
    if (input.rsvpDeadline() != null && !input.rsvpDeadline().isAfter(now)) {
      errors.putIfAbsent("rsvpDeadline", "The RSVP deadline must be in the future.");
    }
    if (input.rsvpDeadline() != null && input.startsAt() != null && input.rsvpDeadline().isAfter(input.startsAt())) {
      errors.putIfAbsent("rsvpDeadline", "The RSVP deadline must come before the convening starts.");
    }
    if (input.invitees() != null) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < input.invitees().size(); i++) {
        NewInvitee invitee = input.invitees().get(i);
        if (invitee != null && !blank(invitee.email()) && !seen.add(invitee.email().strip().toLowerCase(Locale.ROOT))) {
          errors.putIfAbsent("invitees[" + i + "].email", invitee.email().strip() + " is already invited.");
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /**
   * One page of the coalition's convenings, filtered (status, owner), sorted and searched in full text, with
   * how many there are; an unknown status or sort key is named and nothing is read.
   */
  @Transactional(readOnly = true)
  public Found<Convening> find(ListQuery query, int offset, int limit) {
    validator.check(query);
    return store.find(query, offset, limit);
  }

  /** The coalition's 200 convenings that start latest, latest first (the list pages through all with find). */
  @Transactional(readOnly = true)
  public List<Convening> list() {
    return store.all(tenant());
  }

  @Transactional(readOnly = true)
  public Convening get(String reference) {
    return load(reference);
  }

  /** Convenings by reference, for labelling tasks; references unknown in this coalition are left out. */
  @Transactional(readOnly = true)
  public List<Convening> byReferences(List<String> conveningReferences) {
    return conveningReferences.isEmpty() ? List.of() : store.byReferences(tenant(), conveningReferences);
  }

  /** The invitations, in the order the invitees were entered. */
  @Transactional(readOnly = true)
  public List<Invitation> invitations(String reference) {
    return store.invitations(tenant(), load(reference).id());
  }

  /** Open steps of the convening's lifecycle, for its page. */
  @Transactional(readOnly = true)
  public List<WorkItem> openSteps(String reference) {
    return workflow.openTasksFor(List.of(load(reference).reference()));
  }

  /** Whether the current user may record RSVPs of this convening: its owner or a coordinator. */
  @Transactional(readOnly = true)
  public boolean mayRecordRsvps(String reference) {
    Convening c = load(reference);
    Actor actor = TenantContext.current();
    return !c.status().isFinished() && (actor.username().equals(c.owner()) || actor.has(Role.COORDINATOR));
  }

  /**
   * Records an invitee's answer, told by mail or by phone. Only the owner or a coordinator may, once
   * the invitation has been sent and until the convening is held or cancelled.
   */
  @Transactional
  public Invitation recordRsvp(String reference, UUID invitationId, Rsvp rsvp) {
    Actor actor = TenantContext.current();
    Convening c = load(reference);
    if (!actor.username().equals(c.owner()) && !actor.has(Role.COORDINATOR)) {
      throw new NotAllowedException("Only the owner of " + reference + " or a coordinator can record RSVPs");
    }
    if (rsvp == null) {
      throw InvalidInputException.of("rsvp", "Choose whether the invitee accepted or declined.");
    }
    Invitation invitation = store.invitations(actor.tenantId(), c.id()).stream()
        .filter(i -> i.id().equals(invitationId)).findFirst()
        .orElseThrow(() -> new NotFoundException("Invitation " + invitationId));
    if (c.status().isFinished()) {
      throw InvalidInputException.of("rsvp", "Convening " + reference + " is "
          + (c.status() == ConveningStatus.HELD ? "over" : "cancelled") + "; RSVPs can no longer be recorded.");
    }
    if (!invitation.sent()) {
      throw InvalidInputException.of("rsvp", "The invitation to " + invitation.inviteeName()
          + " has not been sent yet: it goes out once the format is agreed.");
    }
    store.recordRsvp(actor.tenantId(), invitationId, rsvp, clock.instant());
    return store.invitations(actor.tenantId(), c.id()).stream().filter(i -> i.id().equals(invitationId))
        .findFirst().orElseThrow();
  }

  private Convening load(String reference) {
    return store.byReference(tenant(), reference).orElseThrow(() -> new NotFoundException("Convening " + reference));
  }

  private static String tenant() {
    return TenantContext.current().tenantId();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
