package org.liaison.records;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Which status of a record each element of its model stands for, and how the feature writes it.
 * The model calls the kernel's status listener on those elements; the listener binds the coalition,
 * looks the element up here and hands the status to the feature, in the engine's transaction.
 *
 * @param noun what the record is called in an error message ("case", "meeting")
 * @param ofElement the status each element id stands for
 * @param writer writes the status on the record the execution runs for
 */
public record RecordStatuses<S extends Enum<S>>(String noun, Map<String, S> ofElement, StatusWriter<S> writer) {

  public RecordStatuses {
    Objects.requireNonNull(noun, "noun");
    ofElement = Map.copyOf(ofElement);
    Objects.requireNonNull(writer, "writer");
  }

  /** Writes the status a record takes when its lifecycle enters an element. */
  @FunctionalInterface
  public interface StatusWriter<S> {
    void moveTo(BoundExecution execution, S status, Instant at);
  }

  /**
   * Moves the record of the execution to the status of the element it enters. An element without a
   * status is a mistake in the model, refused with the element's id.
   */
  void enter(BoundExecution execution, Instant at) {
    S status = ofElement.get(execution.element());
    if (status == null) {
      throw new IllegalStateException("No " + noun + " status is defined for step " + execution.element());
    }
    writer.moveTo(execution, status, at);
  }
}
