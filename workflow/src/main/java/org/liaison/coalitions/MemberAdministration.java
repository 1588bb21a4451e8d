package org.liaison.coalitions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.Person;
import org.liaison.accounts.SignedIn;
import org.liaison.coalitions.internal.InvitationSender;
import org.liaison.coalitions.internal.InvitationStore;
import org.liaison.coalitions.internal.MembershipAudit;
import org.liaison.coalitions.internal.StoredInvitation;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.Coalitions;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.RegisteredCoalition;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.RowSecurity;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.CoalitionWork;
import org.liaison.workflow.WorkItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coalition's membership, run by its coordinators (and admins, for plain members): who is in it
 * with which roles, invitations, role changes and removals, and the audit of every change.
 *
 * <p>The rules, checked here for every call (views only show what they allow): coordinators and
 * admins administer; only a coordinator grants or takes the coordinator, security focal point or
 * admin role, or removes someone who holds one; nobody grants themselves a role (stepping down or
 * leaving is fine); a coalition always keeps a coordinator. Changes take effect at the next request
 * of the people concerned, because every request reads the membership table.
 */
@Service
public class MemberAdministration {

  /** Roles only a coordinator may grant, take away or remove someone holding. */
  static final Set<Role> PRIVILEGED = EnumSet.of(Role.COORDINATOR, Role.SECURITY, Role.ADMIN);
  static final int AUDIT_SHOWN = 200;

  private final MembershipService memberships;
  private final Coalitions coalitions;
  private final Accounts accounts;
  private final InvitationSender sender;
  private final InvitationStore invitations;
  private final MembershipAudit audit;
  private final CoalitionWork work;
  private final RowSecurity rowSecurity;
  private final InputValidator validator;
  private final Clock clock;

  MemberAdministration(MembershipService memberships, Coalitions coalitions, Accounts accounts, InvitationSender sender,
      InvitationStore invitations, MembershipAudit audit, CoalitionWork work, RowSecurity rowSecurity,
      InputValidator validator, Clock clock) {
    this.memberships = memberships;
    this.coalitions = coalitions;
    this.accounts = accounts;
    this.sender = sender;
    this.invitations = invitations;
    this.audit = audit;
    this.work = work;
    this.rowSecurity = rowSecurity;
    this.validator = validator;
    this.clock = clock;
  }

  /** Whether an actor may open the members page: coordinators and admins. */
  public static boolean mayAdminister(Actor actor) {
    return actor.has(Role.COORDINATOR) || actor.has(Role.ADMIN);
  }

  /** The most rows one call of {@link #members(int, int)} or {@link #pendingInvitations(int, int)} returns. */
  public static final int PAGE_MAX = MembershipService.PAGE_MAX;

  /** The first page of the coalition's people with their roles, by username. */
  @Transactional(readOnly = true)
  public List<Member> members() {
    return members(0, PAGE_MAX);
  }

  /** A page of the coalition's people with their roles, by username: two queries whatever its size. */
  @Transactional(readOnly = true)
  public List<Member> members(int offset, int limit) {
    Actor actor = administrator();
    Map<String, Set<Role>> roles = memberships.rolesByMember(actor.tenantId(), offset, limit);
    Map<String, Person> people = accounts.people(roles.keySet());
    return roles.entrySet().stream().map(e -> {
      Person p = people.get(e.getKey());
      return new Member(e.getKey(), p == null ? "" : p.displayName(), p == null ? "" : p.email(), e.getValue());
    }).toList();
  }

  /** How many people belong to the coalition. */
  @Transactional(readOnly = true)
  public int memberCount() {
    return memberships.memberCount(administrator().tenantId());
  }

  /** The first page of invitations not yet accepted, revoked or expired, newest first. */
  @Transactional(readOnly = true)
  public List<PendingInvitation> pendingInvitations() {
    return pendingInvitations(0, PAGE_MAX);
  }

  /** A page of the invitations not yet accepted, revoked or expired, newest first. */
  @Transactional(readOnly = true)
  public List<PendingInvitation> pendingInvitations(int offset, int limit) {
    Actor actor = administrator();
    return invitations.pending(actor.tenantId(), clock.instant(), offset, Math.min(limit, PAGE_MAX)).stream()
        .map(i -> new PendingInvitation(i.id(), i.email(), i.roles(), i.invitedBy(), i.sentAt(), i.expiresAt(), i.sends()))
        .toList();
  }

  /** How many invitations are pending. */
  @Transactional(readOnly = true)
  public int pendingInvitationCount() {
    return invitations.pendingCount(administrator().tenantId(), clock.instant());
  }

  /**
   * Invites someone by e-mail with the given roles: a single-use link valid for the configured
   * period, mailed through the outbox. Refused with a field message for a bad address, no role, an
   * address already invited or belonging to a member; {@link TooManyInvitationsException} over the
   * coalition's hourly limit; {@link NotAllowedException} for a role the actor may not grant.
   */
  @Transactional
  public PendingInvitation invite(NewInvitation input) {
    Actor actor = administrator();
    NewInvitation invitation = validator.check(new NewInvitation(input.email() == null ? null : input.email().strip(),
        input.roles()));
    requireMayGrant(actor, invitation.roles());
    String email = invitation.email();
    Map<String, Set<Role>> current = memberships.rolesByMember(actor.tenantId());
    for (String username : accounts.usernamesWithEmail(email)) {
      if (current.containsKey(username)) {
        throw InvalidInputException.of("email", email + " is the address of " + username
            + ", who is a member already; change their roles instead.");
      }
    }
    if (invitations.pending(actor.tenantId(), clock.instant()).stream().anyMatch(i -> i.email().equalsIgnoreCase(email))) {
      throw InvalidInputException.of("email", email + " has a pending invitation already; resend it instead.");
    }
    StoredInvitation sent = sender.invite(actor.tenantId(), coalition(actor).name(), email, invitation.roles(),
        actor.username(), nameOf(actor.username()));
    return new PendingInvitation(sent.id(), sent.email(), sent.roles(), sent.invitedBy(), sent.sentAt(), sent.expiresAt(), 1);
  }

  /** Mails a pending invitation again with a new link (the old one stops working), valid for the full period. */
  @Transactional
  public void resend(UUID invitationId) {
    Actor actor = administrator();
    StoredInvitation invitation = pending(actor, invitationId);
    requireMayGrant(actor, invitation.roles());
    sender.resend(invitation, coalition(actor).name(), actor.username(), nameOf(actor.username()));
  }

  /** Withdraws a pending invitation: its link then says so. */
  @Transactional
  public void revoke(UUID invitationId) {
    Actor actor = administrator();
    StoredInvitation invitation = pending(actor, invitationId);
    requireMayGrant(actor, invitation.roles());
    Instant now = clock.instant();
    invitations.markRevoked(invitation.id(), actor.username(), now);
    audit.record(actor.tenantId(), now, actor.username(), invitation.email(), AuditAction.INVITATION_REVOKED,
        "had been invited as " + InvitationSender.describe(invitation.roles()));
  }

  /**
   * Makes a member's roles exactly {@code roles} (not empty: to take every role away, remove them).
   * Effective at the member's next request.
   */
  @Transactional
  public void changeRoles(String username, Set<Role> roles) {
    administrator();
    if (roles == null || roles.isEmpty()) {
      throw InvalidInputException.of("roles", "Keep at least one role; to take every role away, remove the member.");
    }
    Actor actor = lockedAdministrator();
    Set<Role> before = existingMember(actor, username);
    Set<Role> after = EnumSet.copyOf(roles);
    if (before.equals(after)) {
      return;
    }
    Set<Role> changed = EnumSet.copyOf(before);
    changed.addAll(after);
    changed.removeIf(r -> before.contains(r) && after.contains(r));
    requireMayGrant(actor, changed);
    if (before.contains(Role.COORDINATOR) && !after.contains(Role.COORDINATOR)) {
      requireAnotherCoordinator(actor, username);
    }
    if (actor.username().equals(username) && !before.containsAll(after)) {
      throw new NotAllowedException("Nobody grants themselves a role: ask another coordinator");
    }
    memberships.setRoles(actor.tenantId(), username, after);
    audit.record(actor.tenantId(), clock.instant(), actor.username(), username, AuditAction.ROLES_CHANGED,
        "from " + InvitationSender.describe(before) + " to " + InvitationSender.describe(after));
  }

  /**
   * The open tasks a member holds in this coalition, for the removal dialog: group tasks go back to
   * their group unless given to someone; the owner's tasks must each be given to another member.
   */
  @Transactional(readOnly = true)
  public List<WorkItem> openTasksOf(String username) {
    Actor actor = administrator();
    existingMember(actor, username);
    return work.tasksAssignedTo(username);
  }

  /**
   * Removes a member from the coalition, effective at their next request (an open page refuses their
   * next click and says why). {@code reassignments} names, by task id, who takes over each of their
   * open tasks; group tasks without one go back to their group, an owner's task without one refuses
   * the removal with a message per task, so no task is left without an owner. The member's account
   * and everything they recorded stay.
   */
  @Transactional
  public void remove(String username, Map<String, String> reassignments) {
    administrator();
    Actor actor = lockedAdministrator();
    Set<Role> before = existingMember(actor, username);
    Set<Role> privileged = EnumSet.copyOf(before);
    privileged.retainAll(PRIVILEGED);
    requireMayGrant(actor, privileged);
    if (before.contains(Role.COORDINATOR)) {
      requireAnotherCoordinator(actor, username);
    }
    Map<String, String> to = reassignments == null ? Map.of() : reassignments;
    Map<String, Set<Role>> members = memberships.rolesByMember(actor.tenantId());
    Map<String, String> problems = new LinkedHashMap<>();
    List<WorkItem> open = work.tasksAssignedTo(username);
    for (WorkItem task : open) {
      String target = to.get(task.id());
      if (target != null && (!members.containsKey(target) || target.equals(username))) {
        problems.put(task.id(), "Choose someone who stays in the coalition for \"" + task.name() + "\".");
      } else if (target == null && !task.groupTask()) {
        problems.put(task.id(), "\"" + task.name() + "\"" + (task.businessKey() == null ? "" : " of " + task.businessKey())
            + " is " + username + "'s as owner: choose who takes it over.");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    List<String> handedOver = new ArrayList<>();
    for (WorkItem task : open) {
      String target = to.get(task.id());
      String what = "\"" + task.name() + "\"" + (task.businessKey() == null ? "" : " of " + task.businessKey());
      if (target == null) {
        work.handBack(task.id(), username);
        handedOver.add(what + " back to its group");
      } else {
        work.reassign(task.id(), username, target);
        audit.record(actor.tenantId(), now, actor.username(), target, AuditAction.TASK_REASSIGNED,
            what + " from " + username);
        handedOver.add(what + " to " + target);
      }
    }
    memberships.remove(actor.tenantId(), username);
    audit.record(actor.tenantId(), now, actor.username(), username, AuditAction.REMOVED,
        "was " + InvitationSender.describe(before) + (handedOver.isEmpty() ? "" : "; tasks: " + String.join(", ", handedOver)));
  }

  /** The coalition's membership changes, newest first (the latest {@value #AUDIT_SHOWN}). */
  @Transactional(readOnly = true)
  public List<AuditEntry> audit() {
    Actor actor = administrator();
    return audit.latest(actor.tenantId(), AUDIT_SHOWN);
  }

  /**
   * For the signed-in person: what changed about their access to a coalition (removed, roles
   * changed, coalition suspended), from the coalition's audit entries about them alone.
   */
  @Transactional(readOnly = true)
  public AccessChange accessChange(String coalitionId) {
    String me = SignedIn.require();
    AccessChange nothing = new AccessChange("", AccessChange.Kind.NONE, null, null, null, Set.of());
    RegisteredCoalition c = coalitions.find(coalitionId).orElse(null);
    if (c == null) {
      return nothing;
    }
    if (!c.active()) {
      // only its own people learn that (and why) a coalition is suspended
      boolean mine = memberships.suspendedCoalitionsOf(me).stream().anyMatch(s -> s.id().equals(c.id()));
      return mine ? new AccessChange(c.coalition().name(), AccessChange.Kind.SUSPENDED, null, c.statusChangedAt(),
          c.statusReason(), Set.of()) : nothing;
    }
    rowSecurity.bindTenant(c.id());
    Set<Role> now = memberships.rolesOf(c.id(), me);
    Optional<AuditEntry> latest = audit.latestAbout(c.id(), me,
        List.of(AuditAction.REMOVED, AuditAction.ROLES_CHANGED, AuditAction.ACCEPTED));
    if (now.isEmpty() && latest.isEmpty()) {
      return nothing; // never theirs: a coalition they have nothing to do with is not even named
    }
    return latest.filter(e -> e.action() != AuditAction.ACCEPTED)
        .map(e -> new AccessChange(c.coalition().name(),
            e.action() == AuditAction.REMOVED && now.isEmpty() ? AccessChange.Kind.REMOVED
                : e.action() == AuditAction.ROLES_CHANGED ? AccessChange.Kind.ROLES_CHANGED : AccessChange.Kind.NONE,
            e.actor(), e.occurredAt(), e.detail(), now))
        .orElse(new AccessChange(c.coalition().name(), AccessChange.Kind.NONE, null, null, null, now));
  }

  // --- rules -----------------------------------------------------------------------------------

  private Actor administrator() {
    Actor actor = TenantContext.current();
    if (!mayAdminister(actor)) {
      throw new NotAllowedException("Only a coordinator or an admin of the coalition can manage its members");
    }
    return actor;
  }

  /**
   * For a change: takes the coalition's membership lock, then reads the actor's roles afresh, so a
   * coordinator demoted a moment ago (in another session, or by a concurrent change) acts with the
   * roles they have now.
   */
  private Actor lockedAdministrator() {
    Actor actor = TenantContext.current();
    memberships.lockMemberships(actor.tenantId());
    Actor now = new Actor(actor.username(), actor.tenantId(), memberships.rolesOf(actor.tenantId(), actor.username()));
    if (!mayAdminister(now)) {
      throw new NotAllowedException("Only a coordinator or an admin of the coalition can manage its members");
    }
    return now;
  }

  private static void requireMayGrant(Actor actor, Set<Role> roles) {
    for (Role role : roles) {
      if (PRIVILEGED.contains(role) && !actor.has(Role.COORDINATOR)) {
        throw new NotAllowedException("Only a coordinator can grant or take away the role "
            + InvitationSender.describe(Set.of(role)) + (role == Role.SECURITY ? ": security focal points see who is at risk" : ""));
      }
    }
  }

  private void requireAnotherCoordinator(Actor actor, String leaving) {
    boolean another = memberships.rolesByMember(actor.tenantId()).entrySet().stream()
        .anyMatch(e -> !e.getKey().equals(leaving) && e.getValue().contains(Role.COORDINATOR));
    if (!another) {
      throw new LastCoordinatorException(leaving);
    }
  }

  private Set<Role> existingMember(Actor actor, String username) {
    Set<Role> roles = memberships.rolesOf(actor.tenantId(), username);
    if (roles.isEmpty()) {
      throw new NotFoundException("Member " + username);
    }
    return roles;
  }

  private StoredInvitation pending(Actor actor, UUID id) {
    rowSecurity.bindTenant(actor.tenantId());
    StoredInvitation invitation = invitations.byIdForUpdate(actor.tenantId(), id)
        .orElseThrow(() -> new NotFoundException("Invitation " + id));
    if (!invitation.pendingAt(clock.instant())) {
      throw new NotFoundException("Pending invitation " + id);
    }
    return invitation;
  }

  private Coalition coalition(Actor actor) {
    return coalitions.find(actor.tenantId()).map(RegisteredCoalition::coalition).orElseThrow();
  }

  private String nameOf(String username) {
    return accounts.person(username).map(Person::displayName).orElse(username);
  }
}
