package org.liaison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordsTest {

  @Test
  void a_task_links_to_the_page_of_the_record_its_lifecycle_runs_for() {
    assertThat(Records.link("raise-issue", "PFC-2026-0042")).isEqualTo("cases/PFC-2026-0042");
    assertThat(Records.link("embassy-meeting", "MTG-2026-0007")).as("a meeting requested on its own")
        .isEqualTo("meetings/MTG-2026-0007");
    assertThat(Records.link("embassy-meeting", "PFC-2026-0042")).as("a meeting a case asked for")
        .isEqualTo("cases/PFC-2026-0042");
    assertThat(Records.link("relationship-cadence", "6f1c7c8e-0a4b-4a53-9a53-0b8c1f0e2d11"))
        .isEqualTo("officers/6f1c7c8e-0a4b-4a53-9a53-0b8c1f0e2d11");
    assertThat(Records.link("court-hearing", "HRG-2026-0001")).isEqualTo("hearings/HRG-2026-0001");
    assertThat(Records.link("unknown", "X")).isEmpty();
    assertThat(Records.link("court-hearing", null)).isEmpty();
  }
}
