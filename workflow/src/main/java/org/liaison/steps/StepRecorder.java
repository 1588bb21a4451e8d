package org.liaison.steps;

import java.util.Map;
import java.util.Set;
import org.liaison.workflow.WorkItem;

/**
 * A feature's part in completing some steps: it records what the step means for its records (in the
 * same transaction as the completion) and may add process variables.
 */
public interface StepRecorder {

  /** Form keys this recorder handles. */
  Set<String> formKeys();

  /**
   * Called after the input was validated and before the task is completed. Throw
   * {@link org.liaison.common.InvalidInputException} to refuse the input; nothing is then saved.
   *
   * @return extra process variables to complete the task with
   */
  Map<String, Object> record(WorkItem task, StepInput input);

  /** What a step means for a feature's records, when it adds no process variables. */
  @FunctionalInterface
  interface Recording {
    void record(WorkItem task, StepInput input);
  }

  /** A recorder for the steps with these form keys, declared where the feature declares its lifecycle. */
  static StepRecorder of(Recording recording, String... formKeys) {
    return new Recorded(Set.of(formKeys), recording);
  }

  /** The recorder {@link #of} makes. */
  record Recorded(Set<String> formKeys, Recording recording) implements StepRecorder {
    @Override
    public Map<String, Object> record(WorkItem task, StepInput input) {
      recording.record(task, input);
      return Map.of();
    }
  }
}
