package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.processes.ConveningProcess;
import org.liaison.processes.CourtHearingProcess;
import org.liaison.processes.DefenderEmergencyProcess;
import org.liaison.processes.EmbassyMeetingProcess;
import org.liaison.processes.HrrInputProcess;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RelationshipCadenceProcess;
import org.springframework.beans.factory.annotation.Autowired;

/** What the features declared to the kernel, as the screens and the status listener see it. */
class RecordLifecyclesIT extends DatabaseIT {

  @Autowired RecordLifecycles lifecycles;

  @Test
  void a_task_links_to_the_page_of_the_record_its_lifecycle_runs_for() {
    assertThat(lifecycles.link("raise-issue", "PFC-2026-0042")).isEqualTo("cases/PFC-2026-0042");
    assertThat(lifecycles.link("embassy-meeting", "MTG-2026-0007")).as("a meeting requested on its own")
        .isEqualTo("meetings/MTG-2026-0007");
    assertThat(lifecycles.link("embassy-meeting", "PFC-2026-0042")).as("a meeting a case asked for")
        .isEqualTo("cases/PFC-2026-0042");
    assertThat(lifecycles.link("relationship-cadence", "6f1c7c8e-0a4b-4a53-9a53-0b8c1f0e2d11"))
        .isEqualTo("officers/6f1c7c8e-0a4b-4a53-9a53-0b8c1f0e2d11");
    assertThat(lifecycles.link("court-hearing", "HRG-2026-0001")).isEqualTo("hearings/HRG-2026-0001");
    assertThat(lifecycles.link("convening", "CONV-2026-0001")).isEqualTo("convenings/CONV-2026-0001");
    assertThat(lifecycles.link("hrr-input", "HRR-KE-2026")).isEqualTo("hrr/HRR-KE-2026");
    assertThat(lifecycles.link("defender-emergency", "HRD-2026-0001")).isEqualTo("defenders/HRD-2026-0001");
    assertThat(lifecycles.link("unknown", "X")).isEmpty();
    assertThat(lifecycles.link("court-hearing", null)).isEmpty();
  }

  @Test
  void every_lifecycle_of_the_catalog_is_declared_once_with_the_statuses_its_model_asks_for() {
    for (String key : new String[] {RaiseIssueProcess.KEY, EmbassyMeetingProcess.KEY, RelationshipCadenceProcess.KEY,
        ConveningProcess.KEY, HrrInputProcess.KEY, DefenderEmergencyProcess.KEY, CourtHearingProcess.KEY}) {
      assertThat(lifecycles.of(key)).as(key).isPresent();
    }
    assertThat(lifecycles.require(RaiseIssueProcess.KEY).statuses().noun()).isEqualTo("case");
    assertThat(lifecycles.require(EmbassyMeetingProcess.KEY).statuses().noun()).isEqualTo("meeting");
    assertThat(lifecycles.require(CourtHearingProcess.KEY).statuses().noun()).isEqualTo("hearing");
    assertThat(lifecycles.require(RaiseIssueProcess.KEY).references()).isEqualTo(ReferenceKind.coalitionPrefixed("CASE"));
    assertThat(lifecycles.require(CourtHearingProcess.KEY).references()).isEqualTo(ReferenceKind.of("HRG"));
  }
}
