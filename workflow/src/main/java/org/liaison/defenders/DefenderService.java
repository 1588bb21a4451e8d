package org.liaison.defenders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.Person;
import org.liaison.common.InputValidator;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.defenders.internal.DefenderAudit;
import org.liaison.defenders.internal.DefenderStore;
import org.liaison.defenders.internal.DefenderStore.Row;
import org.liaison.defenders.internal.DefenderStore.Sealed;
import org.liaison.keys.DataKey;
import org.liaison.keys.Keys;
import org.liaison.keys.UndecryptableException;
import org.liaison.mail.Outbox;
import org.liaison.mail.OutgoingMail;
import org.liaison.officers.ContactService;
import org.liaison.processes.DefenderEmergencyProcess;
import org.liaison.processes.DefenderEmergencyProcess.Variables;
import org.liaison.records.RecordReferences;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.liaison.steps.StepRecord;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defenders at risk in the current coalition, on a need-to-know basis. The protected fields (name,
 * location, contact, risk summary) are encrypted with the record's own data key; only the coalition's
 * security focal points read them, and a coordinator who breaks the glass with a stated reason (every
 * focal point is told by mail, reference only). Coordinators otherwise see the pseudonym, country,
 * risk level and lifecycle; other members see that a restricted record exists; another coalition gets
 * not-found. Every read of protected fields, every change and erasure writes a hash-chained audit row.
 * The lifecycle gets the record's id and the durations from the settings, nothing that identifies the
 * defender.
 */
@Slf4j
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DefenderService {

  private static final String NAME = "name";
  private static final String LOCATION = "location";
  private static final String CONTACT = "contact";
  private static final String RISK_SUMMARY = "risk_summary";

  private final DefenderStore store;
  private final DefenderAudit audit;
  private final org.liaison.defenders.internal.DefenderNotices notices;
  private final Keys keys;
  private final RecordReferences references;
  private final SettingsService settings;
  private final ContactService contacts;
  private final StepService steps;
  private final WorkflowEngine workflow;
  private final MembershipService memberships;
  private final Accounts accounts;
  private final Outbox outbox;
  private final InputValidator validator;
  private final Clock clock;

  /** Whether the current user may report defenders and see their lifecycle: security focal points and coordinators. */
  public static boolean mayRead(Actor actor) {
    return actor.has(Role.SECURITY) || actor.has(Role.COORDINATOR);
  }

  /**
   * Reports a defender at risk and starts the {@code defender-emergency} lifecycle (assessment by
   * security within the coalition's assessment SLA), in one transaction. Pseudonym, country and risk
   * level suffice; what is given of the identity and the risk summary is encrypted. Bad input: messages
   * on the fields, nothing saved, nothing started.
   */
  @Transactional
  public Defender report(NewDefender input) {
    Actor actor = reporter();
    validator.check(input);
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    String reference = references.next(actor.tenantId(), DefenderEmergencyProcess.KEY);
    DataKey key = keys.create(actor.tenantId(), id);
    store.insert(actor.tenantId(), id, reference, input.pseudonym().strip(), input.country(), input.riskLevel(),
        seal(key, input.identity()), actor.username(), now);
    audit.append(actor.tenantId(), id, reference, actor.username(), AuditAction.REPORTED, null, now);
    CoalitionSettings coalition = settings.current();
    String instanceId = workflow.start(DefenderEmergencyProcess.KEY, reference, Map.of(
        Variables.DEFENDER_ID, id.toString(),
        Variables.ASSESSMENT_SLA, coalition.defenderAssessmentSla(),
        Variables.ASSESSMENT_HALF_SLA, java.time.Duration.between(Instant.EPOCH,
            org.liaison.common.IsoDurations.plus(Instant.EPOCH, coalition.defenderAssessmentSla())).dividedBy(2).toString(),
        Variables.MONITORING_INTERVAL, coalition.defenderMonitoringInterval()));
    store.runBy(actor.tenantId(), id, instanceId);
    notices.tellFocalPoints(actor.tenantId(), id, reference,
        org.liaison.common.IsoDurations.describe(coalition.defenderAssessmentSla()));
    Row row = store.byId(actor.tenantId(), id).orElseThrow();
    return actor.has(Role.SECURITY) ? opened(row, DefenderAccess.FOCAL_POINT, key) : restricted(row, actor);
  }

  /**
   * The coalition's defender records, latest first, without their protected fields (a list decrypts
   * nothing): pseudonym, country and risk level for focal points and coordinators, existence only for
   * other members.
   */
  @Transactional(readOnly = true)
  public List<Defender> list() {
    Actor actor = TenantContext.current();
    return store.all(actor.tenantId()).stream().map(row -> restricted(row, actor)).toList();
  }

  /**
   * One defender record as the current user may see it: with its protected fields for a focal point
   * (audited), restricted for a coordinator, existence only for other members.
   *
   * @throws NotFoundException when the coalition has no such record
   * @throws UndecryptableException when its protected fields do not decrypt (nothing of them is shown)
   */
  @Transactional
  public Defender get(String reference) {
    Actor actor = TenantContext.current();
    Row row = load(actor, reference);
    if (!actor.has(Role.SECURITY)) {
      return restricted(row, actor);
    }
    if (row.erasedAt() == null) { // an erased record has nothing left to read: no READ row for its page
      audit.append(actor.tenantId(), row.id(), row.reference(), actor.username(), AuditAction.READ, null, clock.instant());
    }
    return opened(row, DefenderAccess.FOCAL_POINT, actor.tenantId());
  }

  /**
   * A coordinator reads the protected fields with a stated reason: allowed, audited with the reason, and
   * every security focal point of the coalition is told at once by mail (the reference and who, never
   * the identity or the reason). Focal points need no glass to break: they get {@link #get}.
   *
   * @throws org.liaison.common.InvalidInputException (field {@code reason}) without a reason
   * @throws NotAllowedException for anyone but a coordinator or focal point
   */
  @Transactional
  public Defender breakGlass(String reference, String reason) {
    Actor actor = TenantContext.current();
    Row row = load(actor, reference);
    if (actor.has(Role.SECURITY)) {
      return get(reference);
    }
    if (!actor.has(Role.COORDINATOR)) {
      throw new NotAllowedException("Only the coalition's coordinators can break the glass on a defender record");
    }
    validator.check(new BreakGlassReason(reason == null ? null : reason.strip()));
    Instant now = clock.instant();
    long seq = audit.append(actor.tenantId(), row.id(), row.reference(), actor.username(), AuditAction.BROKE_THE_GLASS,
        reason.strip(), now);
    tellFocalPoints(actor, row, seq, now);
    return opened(row, DefenderAccess.BROKE_THE_GLASS, actor.tenantId());
  }

  /**
   * A focal point adds or changes the protected fields (minimal-data records get their identity later);
   * blank clears a field. Audited.
   */
  @Transactional
  public Defender changeIdentity(String reference, IdentityChange change) {
    Actor actor = TenantContext.current();
    Row row = load(actor, reference);
    requireFocalPoint(actor, "change who the defender is");
    if (row.erasedAt() != null) {
      throw new NotAllowedException("Defender " + reference + " was erased: nothing of it can be added again");
    }
    validator.check(change);
    Instant now = clock.instant();
    DataKey key = unreadableNamed(row, () -> keys.open(actor.tenantId(), row.id()));
    store.seal(actor.tenantId(), row.id(), seal(key, change), now);
    audit.append(actor.tenantId(), row.id(), row.reference(), actor.username(), AuditAction.CHANGED, null, now);
    return opened(store.byId(actor.tenantId(), row.id()).orElseThrow(), DefenderAccess.FOCAL_POINT, key);
  }

  /**
   * Erases a defender: destroys the record's data key, clears its ciphertext and pseudonym, and rotates
   * the coalition key, so neither this database nor its key rows restored from a copy decrypt the record
   * again. The reference, lifecycle and audit trail stay. Focal points only; audited.
   */
  @Transactional
  public Defender erase(String reference) {
    Actor actor = TenantContext.current();
    Row row = load(actor, reference);
    requireFocalPoint(actor, "erase a defender record");
    if (row.erasedAt() != null) {
      return restricted(row, actor);
    }
    Instant now = clock.instant();
    keys.destroy(actor.tenantId(), row.id());
    store.erase(actor.tenantId(), row.id(), actor.username(), now);
    // nothing is left to assess or monitor: the lifecycle ends, its history keeps the reference only
    workflow.end(DefenderEmergencyProcess.KEY, row.reference(), "defender record erased");
    try {
      keys.rotateCoalitionKey(actor.tenantId());
    } catch (UndecryptableException e) {
      // the rotation checks every key before it writes anything: the erasure stands, the old coalition key stays
      log.error("ALERT: defender {} erased, but the coalition key was not rotated: {}", row.reference(), e.getMessage());
    }
    audit.append(actor.tenantId(), row.id(), row.reference(), actor.username(), AuditAction.ERASED, null, now);
    log.info("Defender {} erased by {}", row.reference(), actor.username());
    return opened(store.byId(actor.tenantId(), row.id()).orElseThrow(), DefenderAccess.FOCAL_POINT, (DataKey) null);
  }

  /**
   * A focal point exports the record as a file: reference, pseudonym, country, risk level, status,
   * identity and risk summary (decrypted), the audit trail (this export included) and the lifecycle's
   * completed steps. Audited ({@link AuditAction#EXPORTED}) on every call. Coordinators cannot export,
   * broken glass or not (the glass opens one read on screen, not a copy); an erased record exports its
   * reference, lifecycle and trail only.
   *
   * @throws NotFoundException when the coalition has no such record
   * @throws NotAllowedException for anyone but a focal point
   * @throws UndecryptableException when its protected fields do not decrypt (nothing exported, nothing audited)
   */
  @Transactional
  public DefenderExport export(String reference) {
    Actor actor = TenantContext.current();
    Row row = load(actor, reference);
    requireFocalPoint(actor, "export a defender record");
    Defender d = opened(row, DefenderAccess.FOCAL_POINT, actor.tenantId());
    Instant now = clock.instant();
    audit.append(actor.tenantId(), row.id(), row.reference(), actor.username(), AuditAction.EXPORTED, null, now);
    Map<String, Object> file = new java.util.LinkedHashMap<>();
    file.put("reference", d.reference());
    file.put("exportedAt", now.toString());
    file.put("exportedBy", actor.username());
    file.put("pseudonym", d.pseudonym());
    file.put("country", d.country());
    file.put("riskLevel", d.riskLevel() == null ? null : d.riskLevel().name());
    file.put("status", d.status().name());
    file.put("reportedAt", d.reportedAt().toString());
    file.put("reportedBy", d.reportedBy());
    file.put("officerNotifiedAt", d.officerNotifiedAt() == null ? null : d.officerNotifiedAt().toString());
    file.put("erasedAt", d.erasedAt() == null ? null : d.erasedAt().toString());
    Map<String, Object> identity = new java.util.LinkedHashMap<>();
    identity.put("name", d.identity() == null ? null : d.identity().name());
    identity.put("location", d.identity() == null ? null : d.identity().location());
    identity.put("contact", d.identity() == null ? null : d.identity().contact());
    file.put("identity", identity);
    file.put("riskSummary", d.riskSummary());
    file.put("auditTrail", audit.trail(actor.tenantId(), row.id()).stream().map(a -> {
      Map<String, Object> entry = new java.util.LinkedHashMap<>();
      entry.put("seq", a.seq());
      entry.put("at", a.occurredAt().toString());
      entry.put("actor", a.actor());
      entry.put("action", a.action().name());
      entry.put("reason", a.reason());
      return entry;
    }).toList());
    file.put("steps", steps.journal(row.reference()).stream().map(step -> {
      Map<String, Object> entry = new java.util.LinkedHashMap<>();
      entry.put("at", step.at() == null ? null : step.at().toString());
      entry.put("by", step.by());
      entry.put("step", step.taskName());
      entry.put("note", step.note());
      entry.put("decision", step.decision());
      return entry;
    }).toList());
    try {
      return new DefenderExport(row.reference() + ".json", EXPORT_JSON.writeValueAsBytes(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // never the exception's message: it may quote the content
      throw new IllegalStateException("Could not write the export of defender " + row.reference());
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectWriter EXPORT_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter();

  /** The record's audit trail, oldest first: for the coalition's focal points. */
  @Transactional(readOnly = true)
  public List<AuditEntry> auditTrail(String reference) {
    Actor actor = TenantContext.current();
    Row row = load(actor, reference);
    requireFocalPoint(actor, "read the audit trail of a defender record");
    return audit.trail(actor.tenantId(), row.id());
  }

  /** The completed steps of the response to the defender, oldest first; none for members without need to know. */
  @Transactional(readOnly = true)
  public List<StepRecord> journal(String reference) {
    Actor actor = TenantContext.current();
    Row row = load(actor, reference);
    return mayRead(actor) ? steps.journal(row.reference()) : List.of();
  }

  /** Open steps of the response, for the defender's page; none for members without need to know. */
  @Transactional(readOnly = true)
  public List<WorkItem> openSteps(String reference) {
    Actor actor = TenantContext.current();
    Row row = load(actor, reference);
    return mayRead(actor) ? workflow.openTasksFor(List.of(row.reference())) : List.of();
  }

  /**
   * Whether the notice to the embassy can go out: a human-rights officer with an e-mail address is
   * recorded for the defender's country (the page warns before the risk is confirmed).
   */
  @Transactional(readOnly = true)
  public boolean embassyCanBeNotified(String reference) {
    Actor actor = TenantContext.current();
    return !contacts.humanRightsOfficersIn(load(actor, reference).country()).isEmpty();
  }

  private void tellFocalPoints(Actor coordinator, Row row, long seq, Instant now) {
    Set<String> focalPoints = new java.util.TreeSet<>();
    memberships.rolesByMember(coordinator.tenantId()).forEach((user, roles) -> {
      if (roles.contains(Role.SECURITY)) {
        focalPoints.add(user);
      }
    });
    List<String> to = accounts.people(focalPoints).values().stream().map(Person::email)
        .filter(e -> e != null && !e.isBlank()).distinct().toList();
    if (to.isEmpty()) {
      log.warn("Break-glass on {} by {}: no security focal point with an e-mail address to tell", row.reference(),
          coordinator.username());
      return;
    }
    String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(now);
    outbox.enqueue(new OutgoingMail("defender-break-glass:" + row.id() + ":" + seq, to,
        "Break-glass read of defender record " + row.reference(),
        "The coordinator " + coordinator.username() + " broke the glass on defender record " + row.reference()
            + " at " + when + " and read its protected fields.\n\n"
            + "Their stated reason is in the record's audit trail in Liaison. For the defender's safety this message "
            + "says nothing else about the record.\n"));
  }

  private Sealed seal(DataKey key, IdentityChange change) {
    return new Sealed(key.encrypt(NAME, blankToNull(change.name())), key.encrypt(LOCATION, blankToNull(change.location())),
        key.encrypt(CONTACT, blankToNull(change.contact())), key.encrypt(RISK_SUMMARY, blankToNull(change.riskSummary())));
  }

  /** The record with its protected fields, opened with its data key: all decrypted or none (an exception). */
  private Defender opened(Row row, DefenderAccess access, String tenantId) {
    if (row.erasedAt() != null) {
      return defender(row, access, null, null);
    }
    return opened(row, access, unreadableNamed(row, () -> keys.open(tenantId, row.id())));
  }

  /** The record with its protected fields, all decrypted or none (an exception), never in part. */
  private static Defender opened(Row row, DefenderAccess access, DataKey key) {
    if (row.erasedAt() != null || key == null) {
      return defender(row, access, null, null);
    }
    Sealed s = row.sealed();
    return unreadableNamed(row, () -> defender(row, access,
        new DefenderIdentity(key.decrypt(NAME, s.name()), key.decrypt(LOCATION, s.location()), key.decrypt(CONTACT, s.contact())),
        key.decrypt(RISK_SUMMARY, s.riskSummary())));
  }

  /** What {@code work} returns; when it cannot decrypt, an exception naming the record (and no plaintext). */
  private static <T> T unreadableNamed(Row row, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (UndecryptableException e) {
      throw new UndecryptableException("The protected fields of defender " + row.reference()
          + " do not decrypt, so none is shown: " + e.getMessage(), e);
    }
  }

  private static Defender restricted(Row row, Actor actor) {
    return mayRead(actor) ? defender(row, DefenderAccess.RESTRICTED, null, null)
        : new Defender(row.id(), row.reference(), null, null, null, row.status(), null, row.reportedAt(), null,
            row.erasedAt(), DefenderAccess.EXISTS_ONLY, null, null);
  }

  private static Defender defender(Row row, DefenderAccess access, DefenderIdentity identity, String summary) {
    return new Defender(row.id(), row.reference(), row.pseudonym(), row.country(), row.riskLevel(), row.status(),
        row.reportedBy(), row.reportedAt(), row.officerNotifiedAt(), row.erasedAt(), access, identity, summary);
  }

  private Row load(Actor actor, String reference) {
    return store.byReference(actor.tenantId(), reference)
        .orElseThrow(() -> new NotFoundException("Defender " + reference));
  }

  private static void requireFocalPoint(Actor actor, String what) {
    if (!actor.has(Role.SECURITY)) {
      throw new NotAllowedException("Only the coalition's security focal points can " + what);
    }
  }

  private static Actor reporter() {
    Actor actor = TenantContext.current();
    if (!mayRead(actor)) {
      throw new NotAllowedException("Only the coalition's security focal points and coordinators can report defenders at risk");
    }
    return actor;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
