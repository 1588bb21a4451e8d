package org.liaison.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History does not grow for ever: each finished lifecycle's history gets a removal time (its end plus its
 * model's time to live), and the engine schedules one cleanup job for the cluster inside the nightly window.
 */
class HistoryCleanupIT extends AppIT {

  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;

  @Test
  void history_is_removed_by_removal_time_inside_the_nightly_window_and_every_model_has_a_time_to_live() {
    assertThat(engine.getHistoryCleanupStrategy()).isEqualTo(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

    List<Job> cleanup = history.findHistoryCleanupJobs();
    assertThat(cleanup).as("the engine schedules its cleanup job when a window is set").isNotEmpty();
    for (Job job : cleanup) {
      LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
      assertThat(due).as("cleanup job due at %s", job.getDuedate()).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
    }

    assertThat(repository.createProcessDefinitionQuery().latestVersion().list()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as(p.getKey()).isEqualTo(1825));
    // the decisions set none in their model: the engine's default applies
    assertThat(repository.createDecisionDefinitionQuery().latestVersion().list()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(1825));
  }
}
