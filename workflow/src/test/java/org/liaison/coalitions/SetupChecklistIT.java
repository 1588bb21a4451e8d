package org.liaison.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.liaison.common.NotAllowedException;
import org.liaison.officers.ContactService;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NewPriority;
import org.liaison.officers.Portfolio;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/** A new coalition's setup checklist ticks each item off as the coalition does it, and can be dismissed. */
class SetupChecklistIT extends DatabaseIT {

  @Autowired Accounts accounts;
  @Autowired PlatformAdministration platform;
  @Autowired Invitations invitations;
  @Autowired MemberAdministration members;
  @Autowired MembershipService memberships;
  @Autowired SetupChecklist setup;
  @Autowired ContactService contacts;
  @Autowired SettingsService settings;

  @Test
  void each_item_is_ticked_when_it_is_done_and_a_coordinator_dismisses_the_list_for_everyone() {
    AdminFixture fx = new AdminFixture(accounts, platform, invitations, database());
    String coalition = fx.coalitionWithCoordinator("setup");
    Actor chair = memberships.actorFor(AdminFixture.chair(coalition), coalition);
    assertThat(TenantContext.callAs(chair, setup::offered)).isTrue();
    assertThat(open(chair)).isEqualTo(5);

    UUID embassy = TenantContext.callAs(chair, () -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null))).id();
    assertThat(done(chair, SetupChecklist.Item.EMBASSIES)).isTrue();
    TenantContext.runAs(chair, () -> contacts.addPriority(embassy, new NewPriority("Press freedom",
        "https://ke.usembassy.gov/press", LocalDate.now())));
    TenantContext.runAs(chair, () -> contacts.addOfficer(new NewOfficer(embassy, "Pat Officer", null, Portfolio.HUMAN_RIGHTS,
        "pat@embassy.example", null)));
    TenantContext.runAs(chair, () -> members.invite(new NewInvitation("colleague@setup.example", Set.of(Role.MEMBER))));
    assertThat(open(chair)).as("only the settings left").isEqualTo(1);
    TenantContext.runAs(chair, () -> settings.update(CoalitionSettings.DEFAULTS));
    assertThat(open(chair)).isZero();

    String member = invitations.acceptWithNewAccount(coalition, fx.linkTo(coalition, "colleague@setup.example"),
        AdminFixture.account("colleague-" + fx.suffix));
    Actor plain = memberships.actorFor(member, coalition);
    assertThat(TenantContext.callAs(plain, setup::offered)).as("members are not offered it").isFalse();
    assertThatThrownBy(() -> TenantContext.runAs(plain, setup::dismiss)).isInstanceOf(NotAllowedException.class);

    TenantContext.runAs(chair, setup::dismiss);
    assertThat(TenantContext.callAs(chair, setup::offered)).isFalse();
    assertThat(TenantContext.callAs(chair, setup::checklist).dismissed()).isTrue();
  }

  long open(Actor actor) {
    return TenantContext.callAs(actor, setup::checklist).open();
  }

  boolean done(Actor actor, SetupChecklist.Item item) {
    return TenantContext.callAs(actor, setup::checklist).steps().stream().filter(s -> s.item() == item).findFirst()
        .orElseThrow().done();
  }
}
