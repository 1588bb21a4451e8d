package org.liaison.defenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.liaison.common.InvalidInputException;
import org.liaison.keys.UndecryptableException;
import org.liaison.tenancy.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The log rule: a defender's identity fields never reach a log line. The whole lifecycle runs with a
 * unique marker in every protected field (name, location, contact, risk summary), through its error
 * paths too (bad input, a ciphertext that does not decrypt, refused access); the objects that carry
 * the fields are logged as a careless developer would; the captured output (everything the application
 * logged meanwhile) must not contain the marker, while it does contain the lines this run logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class DefenderLogCanaryIT extends DatabaseIT {

  private static final Logger log = LoggerFactory.getLogger(DefenderLogCanaryIT.class);

  @Autowired DefenderService defenders;
  @Autowired Accounts accounts;

  @Test
  void no_identity_field_reaches_the_log_on_any_path(CapturedOutput output) throws Exception {
    String marker = "LOGCANARY" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    DefenderFixture.focalPoint(accounts, memberships, coalitions.a.id(), "sec-log");
    DefenderFixture.focalPoint(accounts, memberships, coalitions.b.id(), "sec-log-b");
    Actor focalPoint = memberships.actorFor("sec-log", coalitions.a.id());
    Actor otherFocalPoint = memberships.actorFor("sec-log-b", coalitions.b.id());
    Actor coordinator = coalitions.coordinatorA();
    Actor member = coalitions.memberA();
    NewDefender input = new NewDefender("Kestrel", "GT", RiskLevel.HIGH, marker + " name", marker + " location",
        marker + " contact", marker + " risk summary");

    // bad input: too long, with the marker in every field; the message names the field, never the value
    String tooLong = (marker + " ").repeat(500);
    assertThatThrownBy(() -> as(focalPoint, () -> defenders.report(new NewDefender(" ", "GT", RiskLevel.HIGH, tooLong,
        tooLong, tooLong, tooLong + tooLong))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.fieldErrors()).containsKeys("pseudonym", "name", "location", "contact", "riskSummary");
          logTheWayADeveloperWould(e);
          assertThat(String.valueOf(e)).doesNotContain(marker);
        });
    assertThatThrownBy(() -> as(focalPoint, () -> defenders.report(new NewDefender("Kestrel", "GT", RiskLevel.HIGH,
        marker + "\u202E hidden", null, null, null)))).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(String.valueOf(e)).doesNotContain(marker));

    Defender reported = as(focalPoint, () -> defenders.report(input));
    String ref = reported.reference();
    assertThat(reported.identity().name()).isEqualTo(marker + " name");
    Defender second = as(focalPoint, () -> defenders.report(input));

    // every way of reading, refused or allowed
    log.info("reported {} with {} and {}", reported, reported.identity(), input);
    log.info("opened {}", as(focalPoint, () -> defenders.get(ref)));
    assertThatThrownBy(() -> as(member, () -> defenders.breakGlass(ref, "curious")))
        .satisfies(this::logTheWayADeveloperWould);
    assertThatThrownBy(() -> as(otherFocalPoint, () -> defenders.export(ref)))
        .satisfies(this::logTheWayADeveloperWould);
    log.info("broke the glass {}", as(coordinator, () -> defenders.breakGlass(ref, "The embassy asks today")));
    DefenderExport export = as(focalPoint, () -> defenders.export(ref));
    assertThat(export.text()).contains(marker + " contact");
    log.info("exported {}", export);

    // a change, a refused change, a change with bad input
    IdentityChange change = new IdentityChange(marker + " new name", marker + " new location", marker + " new contact",
        marker + " new risk");
    log.info("changed {} with {}", as(focalPoint, () -> defenders.changeIdentity(ref, change)), change);
    assertThatThrownBy(() -> as(coordinator, () -> defenders.changeIdentity(ref, change)))
        .satisfies(this::logTheWayADeveloperWould);
    assertThatThrownBy(() -> as(focalPoint, () -> defenders.changeIdentity(ref, new IdentityChange(tooLong, null, null, null))))
        .isInstanceOf(InvalidInputException.class).satisfies(this::logTheWayADeveloperWould);

    // a ciphertext copied into another record does not decrypt: the error names the record, not the content
    try (Connection owner = DefenderFixture.owner(database());
        PreparedStatement st = owner.prepareStatement(
            "update app.defender set name_ct = (select name_ct from app.defender where id = ?) where id = ?")) {
      st.setObject(1, reported.id());
      st.setObject(2, second.id());
      assertThat(st.executeUpdate()).isEqualTo(1);
    }
    assertThatThrownBy(() -> as(focalPoint, () -> defenders.get(second.reference())))
        .isInstanceOf(UndecryptableException.class).satisfies(this::logTheWayADeveloperWould);

    log.info("erased {}", as(focalPoint, () -> defenders.erase(ref)));

    assertThat(output.getAll())
        .as("the capture holds what the application logged: the erasure's own line")
        .contains("Defender " + ref + " erased by sec-log")
        .contains("reported Defender[" + ref)
        .doesNotContain(marker);
  }

  /** What a careless handler does with an exception: its message, its toString and its stack trace, logged. */
  private void logTheWayADeveloperWould(Throwable e) {
    log.warn("failed: {} / {}", e.getMessage(), e.toString(), e);
  }
}
