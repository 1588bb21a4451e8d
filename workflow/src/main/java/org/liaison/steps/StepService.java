package org.liaison.steps;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completes generic steps of any lifecycle for the current user and keeps their journal. */
@Service
public class StepService {

  private final Map<String, StepDefinition> definitions;
  private final Map<String, StepRecorder> recorders = new HashMap<>();
  private final WorkflowEngine workflow;
  private final InputValidator validator;
  private final JdbcClient jdbc;
  private final Clock clock;

  StepService(List<StepCatalog> catalogs, List<StepRecorder> recorders, WorkflowEngine workflow,
      InputValidator validator, JdbcClient jdbc, Clock clock) {
    this.definitions = catalogs.stream().flatMap(c -> c.steps().stream())
        .collect(Collectors.toMap(StepDefinition::formKey, Function.identity()));
    recorders.forEach(r -> r.formKeys().forEach(key -> {
      if (this.recorders.putIfAbsent(key, r) != null) {
        throw new IllegalStateException("Two recorders for step " + key);
      }
    }));
    this.workflow = workflow;
    this.validator = validator;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The step completed with this form key, if it is a generic step. */
  public Optional<StepDefinition> definition(String formKey) {
    return Optional.ofNullable(definitions.get(formKey));
  }

  /**
   * Completes a generic step: checks the input (a missing note or decision is named on its field;
   * nothing is saved), lets the feature record it, journals it and completes the task, in one
   * transaction.
   */
  @Transactional
  public void complete(String taskId, StepInput input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    WorkItem task = workflow.task(taskId);
    StepDefinition step = definition(task.formKey())
        .orElseThrow(() -> new IllegalArgumentException("Task " + taskId + " is not a generic step: " + task.formKey()));
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    if (step.decides() && input.decision() == null) {
      errors.put("decision", "Choose an answer.");
    }
    if (step.noteRequired() && input.strippedNote() == null) {
      errors.put("note", "Write a short note of what was done, so the coalition can follow the record.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Map<String, Object> variables = new HashMap<>();
    if (step.decides()) {
      variables.put(step.decisionVariable(), input.decision());
    }
    StepRecorder recorder = recorders.get(step.formKey());
    if (recorder != null) {
      variables.putAll(recorder.record(task, input));
    }
    jdbc.sql("""
        insert into app.step_journal (tenant_id, business_key, process_key, task_key, task_name, note, decision,
                                  completed_by, completed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(actor.tenantId(), String.valueOf(task.businessKey()), task.processKey(), task.taskKey(), task.name(),
            input.strippedNote(), step.decides() ? input.decision() : null, actor.username(),
            java.sql.Timestamp.from(clock.instant()))
        .update();
    workflow.complete(task, variables);
  }

  /** The completed steps of the record with this business key, oldest first. */
  @Transactional(readOnly = true)
  public List<StepRecord> journal(String businessKey) {
    return jdbc.sql("""
        select completed_at, completed_by, process_key, task_name, note, decision from app.step_journal
         where tenant_id = ? and business_key = ? order by completed_at, id""")
        .params(TenantContext.current().tenantId(), businessKey)
        .query((rs, i) -> new StepRecord(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), (Boolean) rs.getObject(6)))
        .list();
  }
}
