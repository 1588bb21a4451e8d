package org.liaison.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.SignedIn;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.inbox.InboxService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.NotAMemberException;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.CoalitionWork;
import org.liaison.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coalition's coordinators change roles and remove people: at once, audited, never leaving the
 * coalition without a coordinator or an owner task without an owner, and nobody grants themselves anything.
 */
class MemberAdministrationIT extends DatabaseIT {

  @Autowired Accounts accounts;
  @Autowired PlatformAdministration platform;
  @Autowired Invitations invitations;
  @Autowired MemberAdministration members;
  @Autowired MembershipService memberships;
  @Autowired CaseService cases;
  @Autowired InboxService inbox;
  @Autowired CoalitionWork work;
  @Autowired RuntimeService runtime;

  AdminFixture fx;
  String coalition;
  Actor chair;

  @BeforeEach
  void coalitionWithACoordinator() {
    fx = new AdminFixture(accounts, platform, invitations, database());
    coalition = fx.coalitionWithCoordinator("mem");
    chair = memberships.actorFor(AdminFixture.chair(coalition), coalition);
  }

  /** Invites and accepts: a new person with these roles. */
  String join(String name, Role... roles) {
    String email = name + "@mem.example";
    TenantContext.runAs(chair, () -> members.invite(new NewInvitation(email, Set.of(roles))));
    return invitations.acceptWithNewAccount(coalition, fx.linkTo(coalition, email), AdminFixture.account(name + "-" + fx.suffix));
  }

  Actor actor(String username) {
    return memberships.actorFor(username, coalition);
  }

  @Test
  void a_role_change_applies_at_the_next_request_and_is_audited() {
    String ana = join("ana", Role.MEMBER);
    TenantContext.runAs(chair, () -> members.changeRoles(ana, Set.of(Role.MEMBER, Role.SECURITY)));
    assertThat(actor(ana).roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.SECURITY);
    AuditEntry entry = TenantContext.callAs(chair, members::audit).get(0);
    assertThat(entry.action()).isEqualTo(AuditAction.ROLES_CHANGED);
    assertThat(entry.actor()).isEqualTo(chair.username());
    assertThat(entry.subject()).isEqualTo(ana);
    assertThat(entry.detail()).isEqualTo("from member to member and security focal point");
    assertThat(entry.occurredAt()).isNotNull();
    SignedIn.runAs(ana, () -> assertThat(members.accessChange(coalition).kind()).isEqualTo(AccessChange.Kind.ROLES_CHANGED));
  }

  @Test
  void the_last_coordinator_can_be_neither_demoted_nor_removed_and_is_told_why() {
    String only = chair.username();
    assertThatThrownBy(() -> TenantContext.runAs(chair, () -> members.changeRoles(only, Set.of(Role.MEMBER))))
        .isInstanceOf(LastCoordinatorException.class)
        .hasMessage(only + " is the coalition's only coordinator: make someone else coordinator first, "
            + "so the coalition always has one.");
    assertThatThrownBy(() -> TenantContext.runAs(chair, () -> members.remove(only, Map.of())))
        .isInstanceOf(LastCoordinatorException.class);
    String adm = join("adm", Role.MEMBER, Role.ADMIN);
    assertThatThrownBy(() -> TenantContext.runAs(actor(adm), () -> members.remove(only, Map.of())))
        .as("an admin does not touch a coordinator").isInstanceOf(NotAllowedException.class);

    String ben = join("ben", Role.MEMBER, Role.COORDINATOR);
    TenantContext.runAs(chair, () -> members.changeRoles(only, Set.of(Role.MEMBER)));
    assertThat(actor(only).roles()).as("stepping down is fine while another coordinator stays").containsExactly(Role.MEMBER);
    Actor benActor = actor(ben);
    assertThatThrownBy(() -> TenantContext.runAs(benActor, () -> members.remove(ben, Map.of())))
        .isInstanceOf(LastCoordinatorException.class);
    assertThatThrownBy(() -> TenantContext.runAs(benActor, () -> members.changeRoles(ben, Set.of(Role.MEMBER))))
        .isInstanceOf(LastCoordinatorException.class);
    assertThat(memberships.rolesByMember(coalition).values()).filteredOn(r -> r.contains(Role.COORDINATOR)).hasSize(1);
    assertThat(TenantContext.callAs(benActor, members::audit)).extracting(AuditEntry::action)
        .doesNotContain(AuditAction.REMOVED);
  }

  @Test
  void nobody_grants_themselves_anything_and_a_demoted_coordinator_acts_with_the_roles_they_have_now() {
    String ben = join("ben", Role.MEMBER, Role.COORDINATOR);
    Actor benActor = actor(ben);
    assertThatThrownBy(() -> TenantContext.runAs(benActor, () -> members.changeRoles(ben,
        Set.of(Role.MEMBER, Role.COORDINATOR, Role.SECURITY)))).isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("grants themselves");
    TenantContext.runAs(chair, () -> members.changeRoles(ben, Set.of(Role.MEMBER)));
    // ben's page still holds the actor it was drawn with; the service reads his roles afresh
    assertThatThrownBy(() -> TenantContext.runAs(benActor, () -> members.changeRoles(chair.username(), Set.of(Role.MEMBER))))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> TenantContext.runAs(benActor, () -> members.changeRoles(ben, Set.of(Role.MEMBER, Role.COORDINATOR))))
        .isInstanceOf(NotAllowedException.class);
    assertThat(actor(ben).roles()).containsExactly(Role.MEMBER);
    assertThat(actor(chair.username()).roles()).contains(Role.COORDINATOR);
  }

  @Test
  void two_coordinators_removing_each_other_at_the_same_moment_leave_one_coordinator() throws Exception {
    String ben = join("ben", Role.MEMBER, Role.COORDINATOR);
    Actor benActor = actor(ben);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<String>> moves = List.of(
          () -> attempt(start, chair, () -> members.remove(ben, Map.of())),
          () -> attempt(start, benActor, () -> members.remove(chair.username(), Map.of())));
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(moves, 60, TimeUnit.SECONDS)) {
        outcomes.add(f.get());
      }
      assertThat(outcomes).containsExactlyInAnyOrder("done", "refused");
    } finally {
      pool.shutdownNow();
    }
    assertThat(memberships.rolesByMember(coalition).values()).filteredOn(r -> r.contains(Role.COORDINATOR)).hasSize(1);
  }

  @Test
  void only_coordinators_name_security_focal_points_coordinators_or_admins() {
    String adminUser = join("adm", Role.MEMBER, Role.ADMIN);
    String ann = join("ann", Role.MEMBER);
    Actor admin = actor(adminUser);
    for (Role privileged : List.of(Role.SECURITY, Role.COORDINATOR, Role.ADMIN)) {
      assertThatThrownBy(() -> TenantContext.runAs(admin, () -> members.changeRoles(ann, Set.of(Role.MEMBER, privileged))))
          .isInstanceOf(NotAllowedException.class).hasMessageContaining("Only a coordinator");
      assertThatThrownBy(() -> TenantContext.runAs(admin, () -> members.invite(new NewInvitation("x" + privileged.key()
          + "@mem.example", Set.of(privileged))))).isInstanceOf(NotAllowedException.class);
    }
    TenantContext.runAs(admin, () -> members.invite(new NewInvitation("plain@mem.example", Set.of(Role.MEMBER))));
    Actor plainMember = actor(ann);
    assertThatThrownBy(() -> TenantContext.runAs(plainMember, () -> members.members())).isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> TenantContext.runAs(plainMember, () -> members.invite(new NewInvitation("y@mem.example",
        Set.of(Role.MEMBER))))).isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> TenantContext.runAs(plainMember, () -> members.audit())).isInstanceOf(NotAllowedException.class);
    assertThat(memberships.rolesOf(coalition, ann)).containsExactly(Role.MEMBER);
  }

  @Test
  void a_removed_members_open_tasks_are_handed_over_and_no_owner_task_is_left_without_an_owner() {
    String ben = join("ben", Role.MEMBER, Role.COORDINATOR);
    Actor benActor = actor(ben);
    CaseDetails owned = TenantContext.callAs(benActor, () -> cases.raise(aCase("Owned by ben")));
    String triage = TenantContext.callAs(chair, () -> cases.openSteps(owned.reference())).get(0).id();
    TenantContext.runAs(chair, () -> cases.triage(triage, new Triage(Severity.HIGH, null)));
    CaseDetails claimed = TenantContext.callAs(chair, () -> cases.raise(aCase("Triage claimed by ben")));
    String groupTask = TenantContext.callAs(benActor, () -> cases.openSteps(claimed.reference())).get(0).id();
    TenantContext.runAs(benActor, () -> inbox.claim(groupTask));

    List<WorkItem> open = TenantContext.callAs(chair, () -> members.openTasksOf(ben));
    assertThat(open).hasSize(2);
    WorkItem ownerTask = open.stream().filter(t -> !t.groupTask()).findFirst().orElseThrow();
    assertThat(ownerTask.businessKey()).isEqualTo(owned.reference());

    assertThatThrownBy(() -> TenantContext.runAs(chair, () -> members.remove(ben, Map.of())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(ownerTask.id()));
    assertThatThrownBy(() -> TenantContext.runAs(chair, () -> members.remove(ben, Map.of(ownerTask.id(), ben))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> TenantContext.runAs(chair, () -> members.remove(ben, Map.of(ownerTask.id(), "stranger"))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(actor(ben).roles()).as("nothing changed yet").contains(Role.COORDINATOR);

    TenantContext.runAs(chair, () -> members.remove(ben, Map.of(ownerTask.id(), chair.username())));

    String cid = coalition;
    assertThatThrownBy(() -> memberships.actorFor(ben, cid)).isInstanceOf(NotAMemberException.class);
    List<WorkItem> chairHas = TenantContext.callAs(chair, () -> work.tasksAssignedTo(chair.username()));
    assertThat(chairHas).extracting(WorkItem::id).contains(ownerTask.id());
    assertThat(runtime.getVariable(ownerTask.processInstanceId(), "caseOwner")).as("later owner tasks go to the new owner")
        .isEqualTo(chair.username());
    assertThat(TenantContext.callAs(chair, () -> inbox.tasks())).extracting(i -> i.task().id()).contains(groupTask);
    assertThat(TenantContext.callAs(chair, () -> work.tasksAssignedTo(ben))).isEmpty();
    List<AuditEntry> audit = TenantContext.callAs(chair, members::audit);
    assertThat(audit.get(0).action()).isEqualTo(AuditAction.REMOVED);
    assertThat(audit.get(0).detail()).contains("was member and coordinator").contains("back to its group").contains("to " + chair.username());
    assertThat(audit.get(1).action()).isEqualTo(AuditAction.TASK_REASSIGNED);
    SignedIn.runAs(ben, () -> {
      AccessChange change = members.accessChange(cid);
      assertThat(change.kind()).isEqualTo(AccessChange.Kind.REMOVED);
      assertThat(change.by()).isEqualTo(chair.username());
    });
    assertThat(accounts.person(ben)).as("the account stays").isPresent();
  }

  @Test
  void another_coalitions_people_and_invitations_are_not_found() {
    String other = fx.coalitionWithCoordinator("foreign");
    String theirChair = AdminFixture.chair(other);
    TenantContext.runAs(memberships.actorFor(theirChair, other), () -> members.invite(new NewInvitation("far@mem.example",
        Set.of(Role.MEMBER))));
    var theirInvitation = TenantContext.callAs(memberships.actorFor(theirChair, other), () -> members.pendingInvitations()).get(0).id();
    assertThatThrownBy(() -> TenantContext.runAs(chair, () -> members.changeRoles(theirChair, Set.of(Role.MEMBER))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> TenantContext.runAs(chair, () -> members.remove(theirChair, Map.of())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> TenantContext.runAs(chair, () -> members.openTasksOf(theirChair))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> TenantContext.runAs(chair, () -> members.resend(theirInvitation))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> TenantContext.runAs(chair, () -> members.revoke(theirInvitation))).isInstanceOf(NotFoundException.class);
    assertThat(TenantContext.callAs(chair, () -> members.members())).extracting(Member::username).doesNotContain(theirChair);
    assertThat(TenantContext.callAs(chair, () -> members.pendingInvitations())).extracting(PendingInvitation::email)
        .doesNotContain("far@mem.example");
    assertThat(TenantContext.callAs(chair, members::audit)).extracting(AuditEntry::subject).doesNotContain("far@mem.example");
    assertThat(memberships.rolesOf(other, theirChair)).contains(Role.COORDINATOR);
  }

  // --- helpers ---------------------------------------------------------------------------------

  static String attempt(CyclicBarrier start, Actor actor, Runnable move) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    try {
      TenantContext.runAs(actor, move);
      return "done";
    } catch (LastCoordinatorException | NotAllowedException | NotFoundException e) {
      return "refused";
    }
  }

  static NewCase aCase(String title) {
    return new NewCase(title, "Summary", "KE", Set.of(Theme.OTHER), Severity.MEDIUM);
  }
}
