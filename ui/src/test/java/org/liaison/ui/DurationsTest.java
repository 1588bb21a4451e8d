package org.liaison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.ui.Durations.Amount;
import org.liaison.ui.Durations.Unit;

class DurationsTest {

  @Test
  void a_stored_duration_reads_in_its_own_unit() {
    assertThat(Durations.read("P3D")).contains(new Amount(3, Unit.DAYS));
    assertThat(Durations.read("P90D")).contains(new Amount(90, Unit.DAYS));
    assertThat(Durations.read("P7D")).contains(new Amount(1, Unit.WEEKS));
    assertThat(Durations.read("P28D")).contains(new Amount(4, Unit.WEEKS));
    assertThat(Durations.read("P2W")).contains(new Amount(2, Unit.WEEKS));
    assertThat(Durations.read("P1M")).contains(new Amount(1, Unit.MONTHS));
    assertThat(Durations.read("P1Y")).contains(new Amount(12, Unit.MONTHS));
    assertThat(Durations.read("PT4H")).contains(new Amount(4, Unit.HOURS));
    assertThat(Durations.read("PT15M")).contains(new Amount(15, Unit.MINUTES));
    assertThat(Durations.read(" p3d ")).contains(new Amount(3, Unit.DAYS));
  }

  @Test
  void a_mixed_duration_reads_in_the_largest_whole_unit() {
    assertThat(Durations.read("P1DT12H")).contains(new Amount(36, Unit.HOURS));
    assertThat(Durations.read("P2DT0H")).contains(new Amount(2, Unit.DAYS));
    assertThat(Durations.read("PT168H")).contains(new Amount(168, Unit.HOURS));
    assertThat(Durations.read("P1W2D")).contains(new Amount(9, Unit.DAYS));
    assertThat(Durations.read("PT1H30M")).contains(new Amount(90, Unit.MINUTES));
    assertThat(Durations.read("P1Y6M")).contains(new Amount(18, Unit.MONTHS));
  }

  @Test
  void what_is_no_duration_or_mixes_months_and_days_reads_as_nothing() {
    assertThat(Durations.read("P1M15D")).isEmpty();
    assertThat(Durations.read("every week")).isEmpty();
    assertThat(Durations.read("")).isEmpty();
    assertThat(Durations.read(null)).isEmpty();
    assertThat(Durations.read("PT0S")).isEmpty();
  }

  @Test
  void an_amount_is_written_back_as_iso_8601() {
    assertThat(new Amount(10, Unit.DAYS).iso()).isEqualTo("P10D");
    assertThat(new Amount(2, Unit.WEEKS).iso()).as("the engine's timers know no weeks").isEqualTo("P14D");
    assertThat(new Amount(3, Unit.MONTHS).iso()).isEqualTo("P3M");
    assertThat(new Amount(4, Unit.HOURS).iso()).isEqualTo("PT4H");
    assertThat(new Amount(15, Unit.MINUTES).iso()).isEqualTo("PT15M");
    for (String iso : new String[] {"P10D", "P14D", "P3M", "PT4H", "PT15M"}) {
      assertThat(Durations.read(iso).orElseThrow().iso()).isEqualTo(iso);
    }
  }
}
