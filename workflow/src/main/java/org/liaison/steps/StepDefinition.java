package org.liaison.steps;

/**
 * A user task completed with the generic step form.
 *
 * @param formKey the task's form key in its model
 * @param decisionVariable the boolean process variable the step decides, or null when it decides nothing
 * @param noteRequired whether the person must write what they did
 */
public record StepDefinition(String formKey, String decisionVariable, boolean noteRequired) {

  public static StepDefinition note(String formKey) {
    return new StepDefinition(formKey, null, true);
  }

  public static StepDefinition decision(String formKey, String variable, boolean noteRequired) {
    return new StepDefinition(formKey, variable, noteRequired);
  }

  public boolean decides() {
    return decisionVariable != null;
  }
}
