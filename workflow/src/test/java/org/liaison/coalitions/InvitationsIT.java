package org.liaison.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.ExternalIdentity;
import org.liaison.accounts.NewAccount;
import org.liaison.accounts.SignedIn;
import org.liaison.common.InvalidInputException;
import org.liaison.common.SecretTokens;
import org.liaison.mail.Outbox;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Invitations: mailed through the outbox with a single-use link that expires and is stored as a hash;
 * accepting creates the person and the membership in one go, or nothing; every bad link is refused
 * with its own clear message.
 */
class InvitationsIT extends DatabaseIT {

  @Autowired Accounts accounts;
  @Autowired PlatformAdministration platform;
  @Autowired Invitations invitations;
  @Autowired MemberAdministration members;
  @Autowired MembershipService memberships;
  @Autowired Outbox outbox;
  @Autowired PasswordEncoder passwords;

  AdminFixture fx;
  String coalition;
  Actor coordinator;

  @BeforeEach
  void coalitionWithACoordinator() {
    fx = new AdminFixture(accounts, platform, invitations, database());
    coalition = fx.coalitionWithCoordinator("inv");
    coordinator = memberships.actorFor(AdminFixture.chair(coalition), coalition);
  }

  String invite(String email, Role... roles) {
    TenantContext.runAs(coordinator, () -> members.invite(new NewInvitation(email, Set.of(roles))));
    return fx.linkTo(coalition, email);
  }

  @Test
  void an_invited_person_creates_their_account_and_joins_with_the_roles_of_the_invitation() {
    String token = invite("ana@inv.example", Role.MEMBER, Role.SECURITY);
    InvitationDetails details = invitations.inspect(coalition, token);
    assertThat(details.state()).isEqualTo(InvitationState.VALID);
    assertThat(details.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.SECURITY);
    assertThat(details.email()).isEqualTo("ana@inv.example");

    String ana = invitations.acceptWithNewAccount(coalition, token, new NewAccount(" Ana-" + fx.suffix + " ", "Ana Lima",
        AdminFixture.PASSWORD, AdminFixture.PASSWORD));

    assertThat(ana).isEqualTo("ana-" + fx.suffix);
    assertThat(memberships.actorFor(ana, coalition).roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.SECURITY);
    assertThat(accounts.person(ana).orElseThrow().email()).isEqualTo("ana@inv.example");
    String hash = accounts.passwordHashOf(ana).orElseThrow();
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(AdminFixture.PASSWORD);
    assertThat(passwords.matches(AdminFixture.PASSWORD, hash)).isTrue();
    assertThat(invitations.inspect(coalition, token).state()).isEqualTo(InvitationState.USED);
    List<AuditEntry> audit = TenantContext.callAs(coordinator, members::audit);
    assertThat(audit.get(0).action()).isEqualTo(AuditAction.ACCEPTED);
    assertThat(audit.get(0).subject()).isEqualTo(ana);
    assertThat(audit.get(1).action()).isEqualTo(AuditAction.INVITED);
    assertThat(audit.get(1).actor()).isEqualTo(coordinator.username());
  }

  @Test
  void the_link_works_once_and_the_second_attempt_says_it_was_used() {
    String token = invite("bo@inv.example", Role.MEMBER);
    invitations.acceptWithNewAccount(coalition, token, AdminFixture.account("bo-" + fx.suffix));
    assertThatThrownBy(() -> invitations.acceptWithNewAccount(coalition, token, AdminFixture.account("bo2-" + fx.suffix)))
        .isInstanceOfSatisfying(InvitationNotUsableException.class,
            e -> assertThat(e.reason()).isEqualTo(InvitationNotUsableException.Reason.USED))
        .hasMessageContaining("already been accepted");
    assertThat(accounts.person("bo2-" + fx.suffix)).as("nothing half-created").isEmpty();
  }

  @Test
  void expired_revoked_tampered_foreign_and_malformed_links_are_each_refused_clearly_and_create_nothing() {
    String expired = invite("cy@inv.example", Role.MEMBER);
    fx.update("update app.invitation set expires_at = now() - interval '1 minute' where token_hash = ?", SecretTokens.hash(expired));
    String revoked = invite("di@inv.example", Role.MEMBER);
    UUID revokedId = TenantContext.callAs(coordinator, () -> members.pendingInvitations()).stream()
        .filter(i -> i.email().equals("di@inv.example")).findFirst().orElseThrow().id();
    TenantContext.runAs(coordinator, () -> members.revoke(revokedId));
    String valid = invite("ed@inv.example", Role.MEMBER);
    String tampered = valid.substring(0, 42) + (valid.charAt(42) == 'A' ? 'B' : 'A');
    String otherCoalition = fx.coalitionWithCoordinator("other");

    record Case(String coalition, String token, InvitationState state, InvitationNotUsableException.Reason reason) {}
    List<Case> cases = List.of(
        new Case(coalition, expired, InvitationState.EXPIRED, InvitationNotUsableException.Reason.EXPIRED),
        new Case(coalition, revoked, InvitationState.REVOKED, InvitationNotUsableException.Reason.REVOKED),
        new Case(coalition, tampered, InvitationState.INVALID, InvitationNotUsableException.Reason.INVALID),
        new Case(otherCoalition, valid, InvitationState.INVALID, InvitationNotUsableException.Reason.INVALID),
        new Case("no-such-coalition", valid, InvitationState.INVALID, InvitationNotUsableException.Reason.INVALID),
        new Case(coalition, "not-a-token", InvitationState.INVALID, InvitationNotUsableException.Reason.INVALID),
        new Case(coalition, valid + "x", InvitationState.INVALID, InvitationNotUsableException.Reason.INVALID));
    int n = 0;
    for (Case c : cases) {
      String username = "refused" + n++ + "-" + fx.suffix;
      InvitationDetails details = invitations.inspect(c.coalition(), c.token());
      assertThat(details.state()).as("%s", c).isEqualTo(c.state());
      if (c.state() == InvitationState.INVALID) {
        assertThat(details.coalitionName()).as("an invalid link tells nothing about any coalition").isNull();
      }
      assertThatThrownBy(() -> invitations.acceptWithNewAccount(c.coalition(), c.token(), AdminFixture.account(username)))
          .as("%s", c).isInstanceOfSatisfying(InvitationNotUsableException.class,
              e -> assertThat(e.reason()).isEqualTo(c.reason()));
      assertThat(accounts.person(username)).as("no account for %s", c).isEmpty();
    }
    assertThat(memberships.rolesByMember(coalition)).as("only the coordinator").hasSize(1);
    assertThat(memberships.rolesByMember(otherCoalition)).hasSize(1);
    assertThat(invitations.inspect(coalition, valid).state()).as("the real link still works").isEqualTo(InvitationState.VALID);
  }

  @Test
  void a_weak_password_a_taken_username_or_different_passwords_refuse_the_account_and_keep_the_invitation() {
    String token = invite("fa@inv.example", Role.MEMBER);
    String coordinatorName = coordinator.username();
    assertThatThrownBy(() -> invitations.acceptWithNewAccount(coalition, token,
        new NewAccount(coordinatorName, "", "password1234", "something else")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("displayName", "username", "password", "passwordRepeat"));
    assertThatThrownBy(() -> invitations.acceptWithNewAccount(coalition, token,
        new NewAccount("fa-" + fx.suffix, "Fa", "short", "short")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("password"))
            .contains("at least 12 characters"));
    assertThatThrownBy(() -> invitations.acceptWithNewAccount(coalition, token,
        new NewAccount("fa-" + fx.suffix, "Fa", "Fa-" + fx.suffix + "-my-password", "Fa-" + fx.suffix + "-my-password")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("password"))
            .contains("username"));
    assertThat(accounts.person("fa-" + fx.suffix)).isEmpty();
    assertThat(invitations.inspect(coalition, token).state()).isEqualTo(InvitationState.VALID);
    invitations.acceptWithNewAccount(coalition, token, AdminFixture.account("fa-" + fx.suffix));
    assertThat(memberships.rolesOf(coalition, "fa-" + fx.suffix)).containsExactly(Role.MEMBER);
  }

  @Test
  void resending_replaces_the_link_and_withdrawing_ends_it() {
    String first = invite("gi@inv.example", Role.MEMBER);
    UUID id = TenantContext.callAs(coordinator, () -> members.pendingInvitations()).stream()
        .filter(i -> i.email().equals("gi@inv.example")).findFirst().orElseThrow().id();
    TenantContext.runAs(coordinator, () -> members.resend(id));
    String second = fx.linkTo(coalition, "gi@inv.example");
    assertThat(second).isNotEqualTo(first);
    assertThat(invitations.inspect(coalition, first).state()).as("the old link stops working").isEqualTo(InvitationState.INVALID);
    assertThat(invitations.inspect(coalition, second).state()).isEqualTo(InvitationState.VALID);
    assertThat(TenantContext.callAs(coordinator, () -> members.pendingInvitations())).filteredOn(i -> i.id().equals(id))
        .singleElement().satisfies(i -> assertThat(i.sends()).isEqualTo(2));
  }

  @Test
  void an_invalid_address_a_members_address_or_one_already_invited_is_refused_on_the_address_field() {
    for (String bad : List.of("", "ana", "ana@", "ana@example", "an a@example.org", "@example.org")) {
      assertThatThrownBy(() -> TenantContext.runAs(coordinator, () -> members.invite(new NewInvitation(bad, Set.of(Role.MEMBER)))))
          .as(bad).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("email"));
    }
    assertThatThrownBy(() -> TenantContext.runAs(coordinator, () -> members.invite(new NewInvitation("ok@inv.example", Set.of()))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("roles"));
    String chairEmail = "chair@" + coalition + ".example";
    assertThatThrownBy(() -> TenantContext.runAs(coordinator, () -> members.invite(new NewInvitation(chairEmail.toUpperCase(),
        Set.of(Role.MEMBER))))).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.fieldErrors().get("email")).contains("member already"));
    invite("hu@inv.example", Role.MEMBER);
    assertThatThrownBy(() -> TenantContext.runAs(coordinator, () -> members.invite(new NewInvitation("hu@inv.example",
        Set.of(Role.MEMBER))))).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.fieldErrors().get("email")).contains("resend it"));
  }

  @Test
  void a_coalition_sends_at_most_its_hourly_number_of_invitations() {
    long sent = Long.parseLong(fx.query("select count(*) from app.membership_audit where tenant_id = ?"
        + " and action in ('INVITED', 'INVITATION_RESENT')", coalition).get(0));
    for (long i = sent; i < 20; i++) {
      invite("many" + i + "@inv.example", Role.MEMBER);
    }
    assertThatThrownBy(() -> invite("one-too-many@inv.example", Role.MEMBER)).isInstanceOf(TooManyInvitationsException.class)
        .hasMessageContaining("20 invitations in the last hour");
    assertThat(fx.query("select count(*) from app.invitation where tenant_id = ? and email = 'one-too-many@inv.example'",
        coalition)).containsExactly("0");
    String other = fx.coalitionWithCoordinator("rate");
    assertThat(fx.query("select count(*) from app.invitation where tenant_id = ?", other)).as("other coalitions are not held up")
        .containsExactly("1");
  }

  @Test
  void the_page_and_the_acceptance_are_the_same_whether_or_not_the_address_has_an_account() {
    String known = "known-" + fx.suffix;
    accounts.ensurePerson(new org.liaison.accounts.Person(known, "Known", "known@inv.example"), null);
    String withAccount = invite("known@inv.example", Role.MEMBER);
    String withoutAccount = invite("unknown@inv.example", Role.MEMBER);
    InvitationDetails a = invitations.inspect(coalition, withAccount);
    InvitationDetails b = invitations.inspect(coalition, withoutAccount);
    assertThat(new InvitationDetails(a.state(), a.coalitionId(), a.coalitionName(), "", a.roles(), null))
        .isEqualTo(new InvitationDetails(b.state(), b.coalitionId(), b.coalitionName(), "", b.roles(), null));
    // whoever holds the link creates an account the same way; the existing one is neither named nor touched
    invitations.acceptWithNewAccount(coalition, withAccount, AdminFixture.account("new-" + fx.suffix));
    invitations.acceptWithNewAccount(coalition, withoutAccount, AdminFixture.account("other-" + fx.suffix));
    assertThat(memberships.rolesOf(coalition, known)).isEmpty();
    assertThat(memberships.rolesOf(coalition, "new-" + fx.suffix)).containsExactly(Role.MEMBER);
  }

  @Test
  void someone_signed_in_accepts_as_themselves_but_never_their_own_invitation_nor_one_for_a_coalition_they_are_in() {
    String other = fx.coalitionWithCoordinator("second");
    String chairOfOther = AdminFixture.chair(other);
    String token = invite("chair@" + other + ".example", Role.MEMBER);
    assertThat(SignedIn.callAs(chairOfOther, () -> invitations.acceptAsSignedIn(coalition, token))).isEqualTo(chairOfOther);
    assertThat(memberships.membershipsOf(chairOfOther)).extracting(m -> m.coalition().id()).contains(coalition, other);

    String own = invite("myself@inv.example", Role.SECURITY);
    assertThatThrownBy(() -> SignedIn.callAs(coordinator.username(), () -> invitations.acceptAsSignedIn(coalition, own)))
        .isInstanceOfSatisfying(InvitationNotUsableException.class,
            e -> assertThat(e.reason()).isEqualTo(InvitationNotUsableException.Reason.OWN_INVITATION));
    String again = invite("again@inv.example", Role.COORDINATOR);
    assertThatThrownBy(() -> SignedIn.callAs(chairOfOther, () -> invitations.acceptAsSignedIn(coalition, again)))
        .isInstanceOfSatisfying(InvitationNotUsableException.class,
            e -> assertThat(e.reason()).isEqualTo(InvitationNotUsableException.Reason.ALREADY_MEMBER));
    assertThat(memberships.rolesOf(coalition, coordinator.username())).doesNotContain(Role.SECURITY);
    assertThat(memberships.rolesOf(coalition, chairOfOther)).containsExactly(Role.MEMBER);
  }

  @Test
  void with_keycloak_the_membership_binds_to_the_subject_so_a_renamed_account_keeps_it_and_a_reused_name_gets_nothing() {
    String token = invite("kim@inv.example", Role.MEMBER);
    String subject = UUID.randomUUID().toString();
    String kim = invitations.acceptWithIdentity(coalition, token,
        new ExternalIdentity(subject, "kim" + fx.suffix, "Kim Park", "kim@inv.example"));
    assertThat(kim).isEqualTo("kim" + fx.suffix);

    // Keycloak renames the account: same subject, new preferred username
    assertThat(accounts.usernameForSubject(subject)).contains(kim);
    // a new Keycloak account takes over the old name: another subject, bound to nobody
    String newcomer = UUID.randomUUID().toString();
    assertThat(accounts.usernameForSubject(newcomer)).isEmpty();
    String second = invite("kim2@inv.example", Role.MEMBER);
    String taken = invitations.acceptWithIdentity(coalition, second,
        new ExternalIdentity(newcomer, "kim" + fx.suffix, "Kim Other", "kim2@inv.example"));
    assertThat(taken).as("the name is taken: the newcomer becomes another person").isNotEqualTo(kim).startsWith(kim + "-");
    assertThat(memberships.rolesOf(coalition, kim)).containsExactly(Role.MEMBER);
    assertThat(accounts.usernameForSubject(newcomer)).contains(taken);
  }
}
