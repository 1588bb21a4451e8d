package org.liaison.steps;

import java.util.List;

/**
 * Declares the generic steps of one model: every record lifecycle does
 * ({@code org.liaison.records.RecordLifecycle}), so a step is declared once, next to its model's
 * statuses and references, and the step service finds them all.
 */
public interface StepCatalog {

  List<StepDefinition> steps();
}
