package org.liaison.settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InvalidInputException;
import org.liaison.common.IsoDurations;
import org.liaison.common.NotAllowedException;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.RowSecurity;
import org.liaison.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long after it appears each kind of user task is due, per coalition (ISO 8601 durations). A
 * kind is the task's element id in its model; a kind the coalition never set is due after Liaison's
 * default for it, and a defender's risk assessment after the coalition's assessment SLA.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TaskDuePeriods {

  /** Liaison's defaults for the kinds that have one; every other kind is due after {@link #FALLBACK}. */
  public static final Map<String, String> DEFAULTS = Map.of(
      "Task_TriageCase", "P2D",
      "Task_ReviewOutreach", "P3D",
      "Task_EscalateAssessment", "PT4H");

  public static final String FALLBACK = "P7D";
  static final String DEFENDER_ASSESSMENT = "Task_AssessRisk";
  private static final int MAX_KINDS = 200;

  private final JdbcClient jdbc;
  private final RowSecurity rowSecurity;
  private final SettingsService settings;
  private final Clock clock;

  /**
   * The period after which a task of this kind is due in this coalition; for the engine's task
   * listener, which runs without a signed-in user (also on the job executor): binds the coalition.
   */
  @Transactional
  public String forTask(String tenantId, String taskKind) {
    rowSecurity.bindTenant(tenantId);
    return jdbc.sql("select period from app.task_due_period where tenant_id = :tenant and task_kind = :kind")
        .param("tenant", tenantId).param("kind", taskKind).query(String.class).optional()
        .orElseGet(() -> DEFENDER_ASSESSMENT.equals(taskKind) ? settings.forCoalition(tenantId).defenderAssessmentSla()
            : DEFAULTS.getOrDefault(taskKind, FALLBACK));
  }

  /**
   * The period after which each of these kinds of task is due in the current coalition: the one it set,
   * else Liaison's default (one query whatever their number).
   */
  @Transactional(readOnly = true)
  public Map<String, String> effective(java.util.Collection<String> taskKinds) {
    Map<String, String> set = current();
    String sla = settings.current().defenderAssessmentSla();
    Map<String, String> effective = new LinkedHashMap<>();
    for (String kind : taskKinds) {
      effective.put(kind, set.getOrDefault(kind, DEFENDER_ASSESSMENT.equals(kind) ? sla
          : DEFAULTS.getOrDefault(kind, FALLBACK)));
    }
    return effective;
  }

  /** The periods the current coalition set itself, by kind. */
  @Transactional(readOnly = true)
  public Map<String, String> current() {
    Map<String, String> set = new LinkedHashMap<>();
    jdbc.sql("select task_kind, period from app.task_due_period where tenant_id = :tenant order by task_kind limit "
            + MAX_KINDS)
        .param("tenant", TenantContext.current().tenantId())
        .query((rs, n) -> set.put(rs.getString(1), rs.getString(2))).list();
    return set;
  }

  /** Sets how long after it appears a kind of task is due (1 hour to 1 year); coordinators and admins only. */
  @Transactional
  public void change(String taskKind, String period) {
    Actor actor = TenantContext.current();
    if (!actor.has(Role.COORDINATOR) && !actor.has(Role.ADMIN)) {
      throw new NotAllowedException("Only a coordinator or an admin of the coalition can change its settings");
    }
    if (taskKind == null || !taskKind.matches("[A-Za-z][A-Za-z0-9_-]{0,99}")) {
      throw InvalidInputException.of("taskKind", "Name a step of a lifecycle, such as Task_TriageCase.");
    }
    String p = period == null ? "" : period.strip();
    try {
      var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
      var due = IsoDurations.plus(now, p);
      if (due.isBefore(now.plusSeconds(3600)) || due.isAfter(IsoDurations.plus(now, "P1Y"))) {
        throw InvalidInputException.of("period", "Choose between 1 hour (PT1H) and 1 year (P1Y).");
      }
    } catch (RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw InvalidInputException.of("period", "Write a duration such as P2D (two days) or PT4H (four hours).");
    }
    jdbc.sql("""
            insert into app.task_due_period (tenant_id, task_kind, period, updated_at, updated_by)
            values (:tenant, :kind, :period, :at, :by)
            on conflict (tenant_id, task_kind) do update set period = excluded.period,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
        .param("tenant", actor.tenantId()).param("kind", taskKind).param("period", p)
        .param("at", Timestamp.from(clock.instant())).param("by", actor.username()).update();
  }
}
