package org.liaison.coalitions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.Person;
import org.liaison.coalitions.internal.InvitationSender;
import org.liaison.coalitions.internal.MembershipAudit;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotFoundException;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.CoalitionStatus;
import org.liaison.tenancy.Coalitions;
import org.liaison.tenancy.RegisteredCoalition;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.RowSecurity;
import org.liaison.workflow.CoalitionWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What platform admins do: create a coalition (inviting its first coordinator), suspend and reactivate
 * one, and see every coalition with its status and counts. Platform admins belong to no coalition and
 * get no actor from this: platform administration is no way past tenancy to a coalition's records.
 */
@Service
public class PlatformAdministration {

  private static final Logger log = LoggerFactory.getLogger(PlatformAdministration.class);

  private final Accounts accounts;
  private final Coalitions coalitions;
  private final InvitationSender invitations;
  private final MembershipAudit audit;
  private final CoalitionWork work;
  private final RowSecurity rowSecurity;
  private final InputValidator validator;
  private final Clock clock;

  PlatformAdministration(Accounts accounts, Coalitions coalitions, InvitationSender invitations,
      MembershipAudit audit, CoalitionWork work, RowSecurity rowSecurity,
      InputValidator validator, Clock clock) {
    this.accounts = accounts;
    this.coalitions = coalitions;
    this.invitations = invitations;
    this.audit = audit;
    this.work = work;
    this.rowSecurity = rowSecurity;
    this.validator = validator;
    this.clock = clock;
  }

  /** The most coalitions one call returns. */
  public static final int PAGE_MAX = Coalitions.PAGE_MAX;

  /** The first page of coalitions with their status, members and pending invitations, by name. */
  @Transactional(readOnly = true)
  public List<CoalitionSummary> coalitions() {
    return coalitions(0, Coalitions.PAGE_MAX);
  }

  /**
   * A page of the coalitions (at most {@value Coalitions#PAGE_MAX}) with their status, members and
   * pending invitations, by name: three queries whatever the page's size.
   */
  @Transactional(readOnly = true)
  public List<CoalitionSummary> coalitions(int offset, int limit) {
    accounts.requirePlatformAdmin();
    List<RegisteredCoalition> page = coalitions.page(offset, limit);
    Map<String, int[]> counts = coalitions.counts(page.stream().map(RegisteredCoalition::id).toList(), clock.instant());
    return page.stream().map(c -> {
      int[] n = counts.getOrDefault(c.id(), new int[2]);
      return new CoalitionSummary(c, n[0], n[1]);
    }).toList();
  }

  /** How many coalitions there are. */
  @Transactional(readOnly = true)
  public int coalitionCount() {
    accounts.requirePlatformAdmin();
    return coalitions.count();
  }

  /**
   * Creates an active coalition with default settings and invites its first coordinator (coordinator
   * and member). Bad input or a taken id or prefix: {@link InvalidInputException}, nothing created.
   */
  @Transactional
  public RegisteredCoalition create(NewCoalition input) {
    String admin = accounts.requirePlatformAdmin();
    NewCoalition c = validator.check(input.normalised());
    Instant now = clock.instant();
    Coalition coalition = new Coalition(c.id(), c.name(), c.referencePrefix());
    coalitions.register(coalition, admin, now);
    rowSecurity.bindTenant(coalition.id());
    audit.record(coalition.id(), now, admin, coalition.id(), AuditAction.COALITION_CREATED,
        "\"" + coalition.name() + "\" (" + coalition.referencePrefix() + ")");
    invitations.invite(coalition.id(), coalition.name(), c.firstCoordinatorEmail(), Set.of(Role.COORDINATOR, Role.MEMBER),
        admin, nameOf(admin) + " (platform administration)");
    log.info("Platform admin '{}' created coalition '{}' and invited its first coordinator", admin, coalition.id());
    return coalitions.find(coalition.id()).orElseThrow();
  }

  /**
   * Suspends a coalition: its members can no longer sign in to it (also in open sessions, at their
   * next click), its lifecycles pause (timers do not fire), nothing is deleted. The reason is recorded
   * in the coalition's audit and shown to its members.
   */
  @Transactional
  public void suspend(String coalitionId, String reason) {
    String admin = accounts.requirePlatformAdmin();
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "Say why the coalition is suspended; its members will read it.");
    }
    if (reason.strip().length() > 500) {
      throw InvalidInputException.of("reason", "Keep the reason to 500 characters or fewer.");
    }
    RegisteredCoalition c = existing(coalitionId);
    if (!c.active()) {
      return;
    }
    Instant now = clock.instant();
    coalitions.setStatus(c.id(), CoalitionStatus.SUSPENDED, reason.strip(), admin, now);
    int paused = work.pause(c.id());
    rowSecurity.bindTenant(c.id());
    audit.record(c.id(), now, admin, c.id(), AuditAction.SUSPENDED,
        reason.strip() + " — " + paused + " running lifecycle(s) paused; their timers wait until reactivation");
    log.info("Platform admin '{}' suspended coalition '{}' ({} lifecycles paused): {}", admin, c.id(), paused, reason.strip());
  }

  /** Reactivates a suspended coalition: its members sign in again and its lifecycles resume (due timers fire). */
  @Transactional
  public void reactivate(String coalitionId) {
    String admin = accounts.requirePlatformAdmin();
    RegisteredCoalition c = existing(coalitionId);
    if (c.active()) {
      return;
    }
    Instant now = clock.instant();
    coalitions.setStatus(c.id(), CoalitionStatus.ACTIVE, null, admin, now);
    int resumed = work.resume(c.id());
    rowSecurity.bindTenant(c.id());
    audit.record(c.id(), now, admin, c.id(), AuditAction.REACTIVATED, resumed + " lifecycle(s) resumed");
    log.info("Platform admin '{}' reactivated coalition '{}' ({} lifecycles resumed)", admin, c.id(), resumed);
  }

  private RegisteredCoalition existing(String coalitionId) {
    return coalitions.find(coalitionId).orElseThrow(() -> new NotFoundException("Coalition " + coalitionId));
  }

  private String nameOf(String username) {
    return accounts.person(username).map(Person::displayName).orElse(username);
  }
}
