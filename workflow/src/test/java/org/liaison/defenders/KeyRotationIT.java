package org.liaison.defenders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.liaison.keys.KeyRotation;
import org.liaison.tenancy.Actor;
import org.springframework.beans.factory.annotation.Autowired;

/** The operators' rotation across coalitions: every record still decrypts, each coalition's keys rotated apart. */
class KeyRotationIT extends DatabaseIT {

  @Autowired KeyRotation rotation;
  @Autowired DefenderService defenders;
  @Autowired Accounts accounts;

  @Test
  void rotating_every_coalition_key_leaves_every_record_readable() {
    DefenderFixture.focalPoint(accounts, memberships, coalitions.a.id(), "sec-a");
    DefenderFixture.focalPoint(accounts, memberships, coalitions.b.id(), "sec-b");
    Actor a = memberships.actorFor("sec-a", coalitions.a.id());
    Actor b = memberships.actorFor("sec-b", coalitions.b.id());
    String inA = as(a, () -> defenders.report(new NewDefender("Gull", "KE", RiskLevel.LOW, "In A", null, null, null))).reference();
    String inA2 = as(a, () -> defenders.report(new NewDefender("Tern", "KE", RiskLevel.LOW, "In A too", null, null, null))).reference();
    String inB = as(b, () -> defenders.report(new NewDefender("Crane", "GT", RiskLevel.LOW, "In B", null, null, null))).reference();

    // (other tests' coalitions in this database hold keys altered on purpose: reported, not rotated, the others go on)
    assertThat(rotation.rotateCoalitionKeys())
        .contains(new KeyRotation.Rotated(coalitions.a.id(), 2, null), new KeyRotation.Rotated(coalitions.b.id(), 1, null));
    assertThat(rotation.rotateCoalitionKeys()).contains(new KeyRotation.Rotated(coalitions.a.id(), 2, null));
    assertThat(rotation.rewrapWithCurrentMasterKey()).as("nothing is wrapped by a retired master key")
        .contains(new KeyRotation.Rotated(coalitions.a.id(), 0, null), new KeyRotation.Rotated(coalitions.b.id(), 0, null));

    assertThat(as(a, () -> defenders.get(inA)).identity().name()).isEqualTo("In A");
    assertThat(as(a, () -> defenders.get(inA2)).identity().name()).isEqualTo("In A too");
    assertThat(as(b, () -> defenders.get(inB)).identity().name()).isEqualTo("In B");
  }
}
