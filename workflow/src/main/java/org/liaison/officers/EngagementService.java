package org.liaison.officers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
import org.liaison.common.NotFoundException;
import org.liaison.officers.internal.RelationshipCadence;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.RowSecurity;
import org.liaison.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements of the current coalition with its officers: every question, reply, meeting or
 * invitation, with its outcome. Recording one also moves the officer's last contact forward.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EngagementService {

  private final JdbcClient jdbc;
  private final ContactService contacts;
  private final InputValidator validator;
  private final Clock clock;
  private final RelationshipCadence cadence;
  private final RowSecurity rowSecurity;

  /**
   * Records an engagement; an officer of another coalition is not found and nothing is saved. If the
   * officer's relationship-cadence waits for a contact, its cadence starts again.
   */
  @Transactional
  public Engagement record(NewEngagement input) {
    Engagement engagement = save(input);
    cadence.contacted(input.officerId());
    return engagement;
  }

  /**
   * Records an engagement without telling the officer's relationship-cadence: for the reach-out step,
   * whose completion starts the cadence again itself.
   */
  @Transactional
  Engagement recordReachOut(NewEngagement input) {
    return save(input);
  }

  private Engagement save(NewEngagement input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    contacts.officer(input.officerId());
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into app.engagement (id, tenant_id, case_id, officer_id, kind, summary, occurred_on, recorded_by, recorded_at)
        values (:id, :t, :c, :o, :k, :s, :d, :by, :at)""")
        .param("id", id).param("t", actor.tenantId()).param("c", input.caseId()).param("o", input.officerId())
        .param("k", input.kind().name()).param("s", input.summary().strip()).param("d", input.occurredOn())
        .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
    jdbc.sql("""
        update app.officer set last_contact_on = greatest(coalesce(last_contact_on, :d), :d)
         where tenant_id = :t and id = :o""")
        .param("d", input.occurredOn()).param("t", actor.tenantId()).param("o", input.officerId()).update();
    return engagement(id);
  }

  /**
   * Records what came of an engagement (a meeting's outcome) and the next steps agreed in it, each of
   * which becomes a task for its owner. The caller has checked the steps' owners and dates.
   */
  @Transactional
  public List<NextStep> recordOutcome(UUID engagementId, String outcome, List<NewNextStep> nextSteps) {
    engagement(engagementId);
    if (outcome != null) {
      validator.checkText("outcome", outcome);
    }
    nextSteps.forEach(validator::check);
    String tenant = tenant();
    jdbc.sql("update app.engagement set outcome = :o where tenant_id = :t and id = :id")
        .param("o", outcome == null || outcome.isBlank() ? null : outcome.strip()).param("t", tenant)
        .param("id", engagementId).update();
    for (NewNextStep step : nextSteps) {
      jdbc.sql("""
          insert into app.next_step (id, tenant_id, engagement_id, description, owner, due_on)
          values (:id, :t, :e, :d, :o, :due)""")
          .param("id", UUID.randomUUID()).param("t", tenant).param("e", engagementId)
          .param("d", step.description().strip()).param("o", step.owner().strip()).param("due", step.dueOn()).update();
    }
    return nextSteps(engagementId);
  }

  /** The next steps agreed in an engagement, by due date. */
  @Transactional(readOnly = true)
  public List<NextStep> nextSteps(UUID engagementId) {
    return jdbc.sql(NEXT_STEP_SELECT + " where tenant_id = :t and engagement_id = :e order by due_on, description, id")
        .param("t", rowSecurity.boundTenant()).param("e", engagementId).query(EngagementService::nextStep).list();
  }

  /**
   * The ids of an engagement's next steps, always in the same order; for engine code, in the coalition
   * bound to the transaction (the user's, or the one a delegate bound).
   */
  @Transactional(readOnly = true)
  public List<String> nextStepIds(UUID engagementId) {
    return nextSteps(engagementId).stream().map(s -> s.id().toString()).toList();
  }

  /** One next step, in the coalition bound to the transaction. */
  @Transactional(readOnly = true)
  public NextStep nextStep(UUID id) {
    return jdbc.sql(NEXT_STEP_SELECT + " where tenant_id = :t and id = :id")
        .param("t", rowSecurity.boundTenant()).param("id", id).query(EngagementService::nextStep).optional()
        .orElseThrow(() -> new NotFoundException("Next step " + id));
  }

  /** Ties a next step to the task that completes it (when the engine creates the task). */
  @Transactional
  public void attachNextStepTask(UUID nextStepId, String taskId) {
    int updated = jdbc.sql("update app.next_step set task_id = :task where tenant_id = :t and id = :id")
        .param("task", taskId).param("t", rowSecurity.boundTenant()).param("id", nextStepId).update();
    if (updated != 1) {
      throw new NotFoundException("Next step " + nextStepId);
    }
  }

  /** The next step a task completes, if it is a next-step task. */
  @Transactional(readOnly = true)
  public Optional<NextStep> nextStepOfTask(String taskId) {
    return jdbc.sql(NEXT_STEP_SELECT + " where tenant_id = :t and task_id = :task")
        .param("t", tenant()).param("task", taskId).query(EngagementService::nextStep).optional();
  }

  /** Marks a next step done by the current user; a step already done stays as it was. */
  @Transactional
  public NextStep completeNextStep(UUID id, String note) {
    Actor actor = TenantContext.current();
    if (note != null) {
      validator.checkText("note", note);
    }
    NextStep step = nextStep(id);
    if (!step.done()) {
      jdbc.sql("""
          update app.next_step set done_at = :at, done_by = :by, done_note = :note where tenant_id = :t and id = :id""")
          .param("at", Timestamp.from(clock.instant())).param("by", actor.username())
          .param("note", note == null || note.isBlank() ? null : note.strip())
          .param("t", actor.tenantId()).param("id", id).update();
    }
    return nextStep(id);
  }

  /** One engagement, in the coalition bound to the transaction (the user's, or the one engine code bound). */
  @Transactional(readOnly = true)
  public Engagement engagement(UUID id) {
    return jdbc.sql(SELECT + " where tenant_id = :t and id = :id").param("t", rowSecurity.boundTenant()).param("id", id)
        .query(EngagementService::map).optional().orElseThrow(() -> new NotFoundException("Engagement " + id));
  }

  /** A case's engagements, oldest first. */
  @Transactional(readOnly = true)
  public List<Engagement> forCase(UUID caseId) {
    return jdbc.sql(SELECT + " where tenant_id = :t and case_id = :c order by occurred_on, recorded_at")
        .param("t", tenant()).param("c", caseId).query(EngagementService::map).list();
  }

  /** An officer's 200 latest engagements, latest first. */
  @Transactional(readOnly = true)
  public List<Engagement> forOfficer(UUID officerId) {
    return jdbc.sql(SELECT + " where tenant_id = :t and officer_id = :o order by occurred_on desc, recorded_at desc limit 200")
        .param("t", tenant()).param("o", officerId).query(EngagementService::map).list();
  }

  private static final String NEXT_STEP_SELECT = """
      select id, engagement_id, description, owner, due_on, done_at, done_by, done_note from app.next_step""";

  private static final String SELECT = """
      select id, officer_id, case_id, kind, summary, occurred_on, outcome, recorded_by, recorded_at, handed_over_from
        from app.engagement""";

  private static String tenant() {
    return TenantContext.current().tenantId();
  }

  private static NextStep nextStep(ResultSet rs, int n) throws SQLException {
    Timestamp done = rs.getTimestamp("done_at");
    return new NextStep(rs.getObject("id", UUID.class), rs.getObject("engagement_id", UUID.class),
        rs.getString("description"), rs.getString("owner"), rs.getDate("due_on").toLocalDate(),
        done == null ? null : done.toInstant(), rs.getString("done_by"), rs.getString("done_note"));
  }

  private static Engagement map(ResultSet rs, int n) throws SQLException {
    return new Engagement(rs.getObject("id", UUID.class), rs.getObject("officer_id", UUID.class),
        rs.getObject("case_id", UUID.class), EngagementKind.valueOf(rs.getString("kind")), rs.getString("summary"),
        rs.getDate("occurred_on").toLocalDate(), rs.getString("outcome"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant(), rs.getObject("handed_over_from", UUID.class));
  }
}
