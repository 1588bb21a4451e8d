package org.liaison.records;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.liaison.steps.StepCatalog;
import org.liaison.steps.StepDefinition;

/**
 * What a feature declares about the lifecycle its records run: the BPMN process key, the page its
 * records are shown on, how their references are numbered, which status each element of the model
 * stands for and the model's generic steps. One bean per lifecycle; the kernel does the rest.
 *
 * @param processKey the id of the BPMN process
 * @param route the route of the record page; a task's business key appended to it opens the record
 * @param references how the records are numbered, or null when the lifecycle runs for a record
 *     referenced otherwise (an officer by id, an HRR cycle by country and year)
 * @param calledFromRoute the page of the record whose lifecycle calls this one as a call activity and
 *     lends it its business key (a meeting a case asked for runs under the case reference), or null
 * @param statuses the status each element of the model stands for, or null when no element of the
 *     model calls the status listener
 * @param steps the model's user tasks completed with the generic step form
 * @param titles how the inbox names the records of its tasks, or null when the reference says enough
 * @param reworkedSteps the user tasks that a later step can send back (drafting after a review): when
 *     one is open again in the same instance, the inbox marks it as back for rework
 */
public record RecordLifecycle(String processKey, String route, ReferenceKind references, String calledFromRoute,
    RecordStatuses<?> statuses, List<StepDefinition> steps, RecordTitles titles, Set<String> reworkedSteps)
    implements StepCatalog {

  public RecordLifecycle {
    Objects.requireNonNull(processKey, "processKey");
    Objects.requireNonNull(route, "route");
    steps = List.copyOf(steps);
    reworkedSteps = Set.copyOf(reworkedSteps);
  }

  /** A lifecycle shown on {@code route}, with no references, statuses or generic steps yet. */
  public static RecordLifecycle of(String processKey, String route) {
    return new RecordLifecycle(processKey, route, null, null, null, List.of(), null, Set.of());
  }

  public RecordLifecycle numbered(ReferenceKind kind) {
    return new RecordLifecycle(processKey, route, kind, calledFromRoute, statuses, steps, titles, reworkedSteps);
  }

  public RecordLifecycle calledFrom(String otherRoute) {
    return new RecordLifecycle(processKey, route, references, otherRoute, statuses, steps, titles, reworkedSteps);
  }

  public RecordLifecycle withStatuses(RecordStatuses<?> statusesOfElements) {
    return new RecordLifecycle(processKey, route, references, calledFromRoute, statusesOfElements, steps, titles,
        reworkedSteps);
  }

  public RecordLifecycle withSteps(StepDefinition... genericSteps) {
    return new RecordLifecycle(processKey, route, references, calledFromRoute, statuses, List.of(genericSteps), titles,
        reworkedSteps);
  }

  public RecordLifecycle titled(RecordTitles recordTitles) {
    return new RecordLifecycle(processKey, route, references, calledFromRoute, statuses, steps, recordTitles,
        reworkedSteps);
  }

  public RecordLifecycle reworking(String... taskKeys) {
    return new RecordLifecycle(processKey, route, references, calledFromRoute, statuses, steps, titles,
        Set.of(taskKeys));
  }

  /**
   * The page of the record an instance runs for: the lifecycle's own page, unless the business key
   * is not one of its own references and another record's lifecycle called it.
   */
  public String link(String businessKey) {
    boolean borrowed = calledFromRoute != null && references != null && !references.matches(businessKey);
    return (borrowed ? calledFromRoute : route) + "/" + businessKey;
  }
}
