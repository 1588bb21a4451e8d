package org.liaison.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/** A coalition's timer settings: ISO 8601 durations checked when saved, per coalition. */
class SettingsIT extends DatabaseIT {

  @Autowired SettingsService settings;


  @Test
  void a_coalition_starts_with_the_defaults_and_a_coordinator_changes_them_for_that_coalition_only() {
    assertThat(TenantContext.callAs(coalitions.memberA(), settings::current)).isEqualTo(CoalitionSettings.DEFAULTS);
    assertThat(CoalitionSettings.DEFAULTS.hrrSubmissionWindow()).isEqualTo("P28D");
    assertThat(CoalitionSettings.DEFAULTS.hrrReminderBefore()).isEqualTo("P7D");
    assertThat(CoalitionSettings.DEFAULTS.defenderMonitoringInterval()).isEqualTo("P7D");

    CoalitionSettings changed = new CoalitionSettings(" P10D ", 2, "P2M", "PT2H", "P14D", " P21D", "P5D ", "P3D");
    TenantContext.callAs(coalitions.coordinatorA(), () -> settings.update(changed));

    CoalitionSettings inA = TenantContext.callAs(coalitions.memberA(), settings::current);
    assertThat(inA).isEqualTo(new CoalitionSettings("P10D", 2, "P2M", "PT2H", "P14D", "P21D", "P5D", "P3D"));
    assertThat(settings.forCoalition(coalitions.a.id())).isEqualTo(inA);
    assertThat(TenantContext.callAs(coalitions.coordinatorB(), settings::current)).isEqualTo(CoalitionSettings.DEFAULTS);
  }

  @Test
  void durations_that_are_not_iso_8601_are_rejected_with_the_reason_and_nothing_is_saved() {
    CoalitionSettings bad = new CoalitionSettings("7 days", 0, "P0D", "-PT4H", "", "four weeks", null, "P-7D");
    assertThatThrownBy(() -> TenantContext.callAs(coalitions.coordinatorA(), () -> settings.update(bad)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("followUpInterval", "followUpsBeforeEscalation", "contactCadence",
                "defenderAssessmentSla", "hearingRequestLead", "hrrSubmissionWindow", "hrrReminderBefore",
                "defenderMonitoringInterval")
            .containsEntry("followUpInterval",
                "Write a positive ISO 8601 duration, such as P7D (7 days), PT4H (4 hours) or P1M (1 month).")
            .containsEntry("hrrSubmissionWindow",
                "Write a positive ISO 8601 duration, such as P7D (7 days), PT4H (4 hours) or P1M (1 month).")
            .containsEntry("hrrReminderBefore", "Give a duration, such as P7D (7 days) or PT4H (4 hours).")
            .containsEntry("followUpsBeforeEscalation", "Choose between 1 and 10 follow-ups."));
    assertThat(TenantContext.callAs(coalitions.coordinatorA(), settings::current)).isEqualTo(CoalitionSettings.DEFAULTS);
  }

  @Test
  void an_hrr_reminder_that_would_not_come_before_the_deadline_is_refused() {
    for (String reminder : new String[] {"P28D", "P1M", "P30D"}) {
      CoalitionSettings bad = new CoalitionSettings("P7D", 3, "P90D", "PT4H", "P7D", "P28D", reminder, "P7D");
      assertThatThrownBy(() -> TenantContext.callAs(coalitions.coordinatorA(), () -> settings.update(bad)))
          .as(reminder)
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnly(
              org.assertj.core.api.Assertions.entry("hrrReminderBefore",
                  "The reminder must come before the deadline: make it shorter than the submission window (P28D).")));
    }
    assertThat(TenantContext.callAs(coalitions.coordinatorA(), settings::current)).isEqualTo(CoalitionSettings.DEFAULTS);
    CoalitionSettings ok = new CoalitionSettings("P7D", 3, "P90D", "PT4H", "P7D", "P1M", "P27D", "P7D");
    assertThat(TenantContext.callAs(coalitions.coordinatorA(), () -> settings.update(ok))).isEqualTo(ok);
  }

  @Test
  void a_member_cannot_change_the_settings() {
    assertThatThrownBy(() -> TenantContext.callAs(coalitions.memberA(),
        () -> settings.update(new CoalitionSettings("P1D", 1, "P1D", "PT1H", "P1D", "P28D", "P7D", "P7D"))))
        .isInstanceOf(NotAllowedException.class);
    assertThat(TenantContext.callAs(coalitions.memberA(), settings::current)).isEqualTo(CoalitionSettings.DEFAULTS);
  }
}
