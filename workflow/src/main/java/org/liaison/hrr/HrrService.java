package org.liaison.hrr;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.CountryCode;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotFoundException;
import org.liaison.hrr.internal.HrrStore;
import org.liaison.officers.ContactService;
import org.liaison.officers.Officer;
import org.liaison.organisations.MemberOrganisationService;
import org.liaison.processes.HrrInputProcess;
import org.liaison.processes.HrrInputProcess.Variables;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current coalition's Human Rights Report calendars and cycles: starting and stopping a
 * country's yearly calendar, entering the organisations' input and compiling it. A cycle of another
 * coalition is reported as not found.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HrrService {

  /** The kinds of record HRR cycles and their submissions are in the kernel's history and attachments. */
  public static final String KIND = "hrr-cycle";
  public static final String SUBMISSION_KIND = "hrr-submission";

  private final HrrStore store;
  private final MemberOrganisationService organisations;
  private final ContactService contacts;
  private final WorkflowEngine workflow;
  private final InputValidator validator;
  private final Clock clock;

  /**
   * Starts the yearly calendar for a country: its first cycle opens now and the organisations are
   * called for input; it then repeats every year by itself. Only coordinators may. A country that
   * already has a running calendar is refused with a message on {@code country}, and so is one whose
   * input for this year was already submitted.
   */
  @Transactional
  public HrrCalendar startCalendar(String country) {
    Actor actor = TenantContext.require(Role.COORDINATOR);
    if (country == null || country.isBlank()) {
      throw InvalidInputException.of("country", "Choose the country the calendar is for.");
    }
    if (!CountryCode.KNOWN.contains(country)) {
      throw InvalidInputException.of("country", "Choose a country from the list (an ISO 3166 country code such as KE or GT).");
    }
    if (store.runningCalendar(actor.tenantId(), country).isPresent()) {
      throw alreadyRunning(country);
    }
    Instant now = clock.instant();
    int year = now.atZone(ZoneOffset.UTC).getYear();
    store.cycleOf(actor.tenantId(), country, year).filter(c -> c.status() != CycleStatus.OPEN).ifPresent(c -> {
      throw InvalidInputException.of("country", "The input for " + name(country) + " " + year
          + " has already been submitted (" + c.reference() + "); start the calendar again in " + (year + 1) + ".");
    });
    UUID id = UUID.randomUUID();
    try {
      store.insertCalendar(actor.tenantId(), id, country, actor.username(), now);
    } catch (DuplicateKeyException e) { // started meanwhile by someone else
      throw alreadyRunning(country);
    }
    String instanceId = workflow.start(HrrInputProcess.KEY, "HRR-" + country, Map.of(Variables.COUNTRY, country));
    store.calendarRunBy(actor.tenantId(), id, instanceId);
    return store.runningCalendar(actor.tenantId(), country).orElseThrow();
  }

  private static InvalidInputException alreadyRunning(String country) {
    return InvalidInputException.of("country", "The Human Rights Report calendar for " + name(country)
        + " is already running; there is one calendar per country.");
  }

  /** Stops a country's running calendar wherever it stands: its open steps disappear. Only coordinators may. */
  @Transactional
  public void stopCalendar(String country) {
    Actor actor = TenantContext.require(Role.COORDINATOR);
    HrrCalendar calendar = store.runningCalendar(actor.tenantId(), country)
        .orElseThrow(() -> new NotFoundException("A running Human Rights Report calendar for " + name(country)));
    workflow.correlateByVariable(HrrInputProcess.Messages.HRR_CALENDAR_STOPPED, Variables.COUNTRY, country,
        "The Human Rights Report calendar for " + name(country), Map.of());
    store.endCalendar(actor.tenantId(), calendar.id(), CalendarStatus.STOPPED, actor.username(), clock.instant());
  }

  /** The coalition's calendars, running ones first. */
  @Transactional(readOnly = true)
  public List<HrrCalendar> calendars() {
    return store.calendars(tenant());
  }

  /** The coalition's cycles, newest year first. */
  @Transactional(readOnly = true)
  public List<HrrCycle> cycles() {
    return store.cycles(tenant());
  }

  @Transactional(readOnly = true)
  public HrrCycle cycle(String reference) {
    return load(reference);
  }

  /** The organisations' input to a cycle, by organisation name. */
  @Transactional(readOnly = true)
  public List<HrrSubmission> submissions(String reference) {
    return store.submissions(tenant(), load(reference).id());
  }

  /** Open steps of the cycle, for its page. */
  @Transactional(readOnly = true)
  public List<WorkItem> openSteps(String reference) {
    return workflow.openTasksFor(List.of(load(reference).reference()));
  }

  /** Whom the compiled input will be sent to: the human-rights officers of the embassy in the cycle's country. */
  @Transactional(readOnly = true)
  public List<Officer> recipients(String reference) {
    return contacts.humanRightsOfficersIn(load(reference).country());
  }

  /**
   * Enters (or replaces) a member organisation's input while the cycle is open. Bad input: messages
   * on the fields, nothing saved.
   */
  @Transactional
  public HrrSubmission recordSubmission(String reference, NewHrrSubmission input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    HrrCycle cycle = load(reference);
    if (organisations.list().stream().noneMatch(o -> o.id().equals(input.organisationId()))) {
      throw InvalidInputException.of("organisationId", "That organisation is not a member of this coalition; reload the page.");
    }
    if (cycle.status() != CycleStatus.OPEN) {
      throw InvalidInputException.of("text", "The input for " + reference + " has already been submitted to the embassy.");
    }
    store.saveSubmission(actor.tenantId(), cycle.id(), input.organisationId(), input.text().strip(), actor.username(),
        clock.instant());
    return store.submissions(actor.tenantId(), cycle.id()).stream()
        .filter(s -> s.organisationId().equals(input.organisationId())).findFirst().orElseThrow();
  }

  /**
   * The text a coordinator starts compiling from: the last compilation when it was sent back for
   * revision, otherwise every organisation's input under its name.
   */
  @Transactional(readOnly = true)
  public String compilationDraft(String reference) {
    HrrCycle cycle = load(reference);
    if (cycle.compiledText() != null) {
      return cycle.compiledText();
    }
    return store.submissions(tenant(), cycle.id()).stream()
        .map(s -> s.organisationName() + "\n" + s.text())
        .collect(Collectors.joining("\n\n"));
  }

  /** Completes the compile step with the compiled text, which goes to review. Only coordinators may. */
  @Transactional
  public void compile(String taskId, HrrCompilation input) {
    validator.check(input);
    Actor actor = TenantContext.require(Role.COORDINATOR);
    WorkItem task = workflow.openTask(taskId, HrrInputProcess.Forms.COMPILE_HRR_INPUT);
    HrrCycle cycle = load(task.businessKey());
    store.compile(actor.tenantId(), cycle.id(), input.text().strip(), actor.username(), clock.instant());
    workflow.complete(task, Map.of());
  }

  private HrrCycle load(String reference) {
    return store.cycleByReference(tenant(), reference)
        .orElseThrow(() -> new NotFoundException("Human Rights Report cycle " + reference));
  }

  private static String tenant() {
    return TenantContext.current().tenantId();
  }

  static String name(String country) {
    return new Locale("", country).getDisplayCountry(Locale.ENGLISH);
  }
}
