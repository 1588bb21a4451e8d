package org.liaison.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.SignedIn;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.SecretTokens;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.CoalitionStatus;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.NotAMemberException;
import org.liaison.tenancy.RegisteredCoalition;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.CoalitionWork;
import org.springframework.beans.factory.annotation.Autowired;

/** Platform administration: creating, suspending and reactivating coalitions, and seeing their counts only. */
class PlatformAdministrationIT extends DatabaseIT {

  @Autowired Accounts accounts;
  @Autowired PlatformAdministration platform;
  @Autowired Invitations invitations;
  @Autowired MemberAdministration members;
  @Autowired MembershipService memberships;
  @Autowired CaseService cases;
  @Autowired CoalitionWork work;

  AdminFixture fx;

  @BeforeEach
  void platformAdmin() {
    fx = new AdminFixture(accounts, platform, invitations, database());
  }

  @Test
  void a_platform_admin_creates_a_coalition_and_invites_its_first_coordinator_by_a_hashed_single_use_link() {
    String id = "alpha-" + fx.suffix;
    RegisteredCoalition created = fx.asAdmin(() -> platform.create(
        new NewCoalition("  Alpha Network  ", id, "al" + fx.suffix.toUpperCase(), "chair@alpha.example")));

    assertThat(created.coalition().name()).isEqualTo("Alpha Network");
    assertThat(created.coalition().referencePrefix()).isEqualTo("AL" + fx.suffix.toUpperCase());
    assertThat(created.status()).isEqualTo(CoalitionStatus.ACTIVE);
    assertThat(created.createdBy()).isEqualTo(fx.admin);
    String token = fx.lastLink(id)[1];
    assertThat(fx.query("select token_hash from app.invitation where tenant_id = ?", id))
        .as("only the token's hash is stored").containsExactly(SecretTokens.hash(token));
    assertThat(fx.query("select concat_ws('|', email, roles::text, token_hash, invited_by) from app.invitation where tenant_id = ?", id))
        .allSatisfy(row -> assertThat(row).doesNotContain(token));
    assertThat(fx.query("select roles::text from app.invitation where tenant_id = ?", id)).containsExactly("{member,coordinator}");
    assertThat(fx.query("select action from app.membership_audit where tenant_id = ? order by id", id))
        .containsExactly("COALITION_CREATED", "INVITED");

    String chair = invitations.acceptWithNewAccount(id, token, AdminFixture.account("chair-" + fx.suffix));
    assertThat(memberships.actorFor(chair, id).roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.MEMBER);
    List<CoalitionSummary> overview = allCoalitions();
    CoalitionSummary alpha = overview.stream().filter(c -> c.coalition().id().equals(id)).findFirst().orElseThrow();
    assertThat(alpha.members()).isEqualTo(1);
    assertThat(alpha.pendingInvitations()).isZero();
  }

  @Test
  void bad_input_is_refused_field_by_field_and_creates_nothing() {
    assertThatThrownBy(() -> fx.asAdmin(() -> platform.create(new NewCoalition("", "Not A Slug", "1x", "not-an-address"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("name", "id", "referencePrefix", "firstCoordinatorEmail"));
    String id = "beta-" + fx.suffix;
    fx.asAdmin(() -> platform.create(new NewCoalition("Beta", id, "BE" + fx.suffix.toUpperCase(), "chair@beta.example")));
    assertThatThrownBy(() -> fx.asAdmin(() -> platform.create(new NewCoalition("Beta again", id, "BX" + fx.suffix.toUpperCase(),
        "x@beta.example")))).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.fieldErrors()).containsOnlyKeys("id"));
    assertThatThrownBy(() -> fx.asAdmin(() -> platform.create(new NewCoalition("Gamma", "gamma-" + fx.suffix,
        "BE" + fx.suffix.toUpperCase(), "x@gamma.example")))).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.fieldErrors()).containsOnlyKeys("referencePrefix"));
    assertThat(fx.query("select id from app.tenant where id = ?", "gamma-" + fx.suffix)).isEmpty();
    assertThat(fx.query("select count(*) from app.invitation where tenant_id = ?", id)).containsExactly("1");
  }

  @Test
  void only_platform_admins_create_suspend_or_list_coalitions() {
    String id = fx.coalitionWithCoordinator("delta");
    String chair = AdminFixture.chair(id);
    for (String who : List.of(chair, "nobody-" + fx.suffix)) {
      SignedIn.runAs(who, () -> {
        assertThatThrownBy(() -> platform.coalitions()).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> platform.create(new NewCoalition("X", "x-" + fx.suffix, "XX", "x@x.example")))
            .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> platform.suspend(id, "because")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> platform.reactivate(id)).isInstanceOf(NotAllowedException.class);
      });
    }
    assertThatThrownBy(() -> platform.coalitions()).as("nobody signed in").isInstanceOf(NotAllowedException.class);
  }

  @Test
  void a_suspended_coalition_keeps_everything_but_nobody_signs_in_and_its_lifecycles_pause_with_the_reason_recorded() {
    String id = fx.coalitionWithCoordinator("epsilon");
    String chair = AdminFixture.chair(id);
    Actor coordinator = memberships.actorFor(chair, id);
    TenantContext.runAs(coordinator, () -> cases.raise(new NewCase("A case", "Summary", "KE", Set.of(Theme.OTHER), Severity.LOW)));
    assertThat(work.pausedLifecycles(id)).isZero();

    assertThatThrownBy(() -> fx.asAdmin(() -> run(() -> platform.suspend(id, "  "))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
    fx.asAdmin(() -> run(() -> platform.suspend(id, "Unpaid hosting since March")));

    assertThat(memberships.membershipsOf(chair)).isEmpty();
    assertThat(memberships.suspendedCoalitionsOf(chair)).extracting(c -> c.id()).containsExactly(id);
    assertThatThrownBy(() -> memberships.actorFor(chair, id)).isInstanceOf(NotAMemberException.class);
    assertThat(work.pausedLifecycles(id)).as("the case's lifecycle is suspended, so its timers do not fire").isEqualTo(1);
    assertThat(fx.query("select count(*) from app.case_file where tenant_id = ?", id)).as("nothing deleted").containsExactly("1");
    assertThat(fx.query("select detail from app.membership_audit where tenant_id = ? and action = 'SUSPENDED'", id))
        .singleElement().asString().contains("Unpaid hosting since March").contains("1 running lifecycle(s) paused");
    SignedIn.runAs(chair, () -> assertThat(members.accessChange(id).kind()).isEqualTo(AccessChange.Kind.SUSPENDED));
    CoalitionSummary seen = allCoalitions().stream().filter(c -> c.coalition().id().equals(id)).findFirst()
        .orElseThrow();
    assertThat(seen.coalition().status()).isEqualTo(CoalitionStatus.SUSPENDED);
    assertThat(seen.coalition().statusReason()).isEqualTo("Unpaid hosting since March");

    fx.asAdmin(() -> run(() -> platform.reactivate(id)));
    assertThat(memberships.actorFor(chair, id).roles()).contains(Role.COORDINATOR);
    assertThat(work.pausedLifecycles(id)).isZero();
    assertThat(fx.query("select action from app.membership_audit where tenant_id = ? order by id desc limit 1", id))
        .containsExactly("REACTIVATED");
  }

  @Test
  void the_overview_carries_counts_and_names_but_no_record_of_any_coalition() {
    String id = fx.coalitionWithCoordinator("zeta");
    Actor coordinator = memberships.actorFor(AdminFixture.chair(id), id);
    String canary = "CANARY-" + fx.suffix;
    TenantContext.runAs(coordinator, () -> cases.raise(new NewCase(canary, canary, "KE", Set.of(Theme.OTHER), Severity.LOW)));
    String seen = allCoalitions().toString();
    assertThat(seen).contains(id).doesNotContain(canary);
    assertThatThrownBy(() -> SignedIn.runAs(fx.admin, () -> cases.list())).as("no coalition, no records")
        .isInstanceOf(org.liaison.tenancy.NoCoalitionSelectedException.class);
  }

  @Test
  void coalitions_come_a_page_at_a_time_with_counts_equal_to_each_coalitions_own() {
    String one = fx.coalitionWithCoordinator("omega");
    TenantContext.runAs(memberships.actorFor(AdminFixture.chair(one), one),
        () -> members.invite(new NewInvitation("second@" + one + ".example", Set.of(Role.MEMBER))));
    fx.coalitionWithCoordinator("sigma");

    int total = fx.asAdmin(platform::coalitionCount);
    assertThat(total).isEqualTo(Integer.parseInt(fx.query("select count(*) from app.tenant").get(0)));
    List<CoalitionSummary> walked = new java.util.ArrayList<>();
    for (int offset = 0; offset < total; offset += 2) {
      int from = offset;
      List<CoalitionSummary> page = fx.asAdmin(() -> platform.coalitions(from, 2));
      assertThat(page).hasSizeBetween(1, 2);
      walked.addAll(page);
    }
    assertThat(walked).extracting(c -> c.coalition().id()).doesNotHaveDuplicates().hasSize(total);
    assertThat(walked).extracting(c -> c.coalition().coalition().name().toLowerCase(java.util.Locale.ROOT))
        .isSortedAccordingTo(String::compareTo);
    for (CoalitionSummary c : walked) {
      String id = c.coalition().id();
      assertThat(c.members()).as("members of %s", id).isEqualTo(Integer.parseInt(fx.query(
          "select count(distinct username) from app.membership where tenant_id = ?", id).get(0)));
      assertThat(c.pendingInvitations()).as("pending invitations of %s", id).isEqualTo(Integer.parseInt(fx.query(
          "select count(*) from app.invitation where tenant_id = ? and accepted_at is null and revoked_at is null "
              + "and expires_at > now()", id).get(0)));
    }
    CoalitionSummary omega = walked.stream().filter(c -> c.coalition().id().equals(one)).findFirst().orElseThrow();
    assertThat(omega.members()).isEqualTo(1);
    assertThat(omega.pendingInvitations()).isEqualTo(1);
    assertThat(fx.asAdmin(() -> platform.coalitions(0, 10_000))).as("one call returns a page at most")
        .hasSizeLessThanOrEqualTo(PlatformAdministration.PAGE_MAX);
  }

  /** Every coalition, page by page, as the platform admin's list pages through them. */
  private List<CoalitionSummary> allCoalitions() {
    int total = fx.asAdmin(platform::coalitionCount);
    List<CoalitionSummary> all = new java.util.ArrayList<>();
    for (int offset = 0; offset < total; offset += PlatformAdministration.PAGE_MAX) {
      int from = offset;
      all.addAll(fx.asAdmin(() -> platform.coalitions(from, PlatformAdministration.PAGE_MAX)));
    }
    return all;
  }

  static Object run(Runnable r) {
    r.run();
    return null;
  }
}
