package org.liaison.steps;

import jakarta.validation.constraints.Size;

/**
 * What a person enters when completing a step.
 *
 * @param note what was done (required for most steps)
 * @param decision the yes/no answer of a step that decides, otherwise null
 */
public record StepInput(@Size(max = StepInput.NOTE_MAX, message = "{liaison.step.note.tooLong}") String note,
    Boolean decision) {

  public static final int NOTE_MAX = 4000;

  public String strippedNote() {
    return note == null || note.isBlank() ? null : note.strip();
  }
}
