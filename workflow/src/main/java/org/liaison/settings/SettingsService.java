package org.liaison.settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
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

/** Reading and changing the current coalition's settings. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SettingsService {

  private final JdbcClient jdbc;
  private final InputValidator validator;
  private final RowSecurity rowSecurity;
  private final Clock clock;

  /** The current coalition's settings, or the defaults if it never changed them. */
  @Transactional(readOnly = true)
  public CoalitionSettings current() {
    return load(TenantContext.current().tenantId());
  }

  /** Whether the current coalition has saved its settings at least once (else it runs on the defaults). */
  @Transactional(readOnly = true)
  public boolean savedOnce() {
    return jdbc.sql("select count(*) from app.coalition_settings where tenant_id = :tenant")
        .param("tenant", TenantContext.current().tenantId()).query(Long.class).single() > 0;
  }

  /**
   * The settings of the coalition an engine instance belongs to; for delegates and timers, which run
   * without a signed-in user.
   */
  @Transactional(readOnly = true)
  public CoalitionSettings forCoalition(String tenantId) {
    rowSecurity.bindTenant(tenantId);
    return load(tenantId);
  }

  /**
   * Saves new settings; only coordinators and admins may. Invalid values (including an HRR reminder
   * that would not come before the deadline): nothing is saved.
   */
  @Transactional
  public CoalitionSettings update(CoalitionSettings input) {
    Actor actor = TenantContext.current();
    if (!actor.has(Role.COORDINATOR) && !actor.has(Role.ADMIN)) {
      throw new NotAllowedException("Only a coordinator or an admin of the coalition can change its settings");
    }
    CoalitionSettings s = validator.check(input).stripped();
    Instant now = clock.instant();
    if (!IsoDurations.plus(now, s.hrrReminderBefore()).isBefore(IsoDurations.plus(now, s.hrrSubmissionWindow()))) {
      throw InvalidInputException.of("hrrReminderBefore",
          "The reminder must come before the deadline: make it shorter than the submission window ("
              + s.hrrSubmissionWindow() + ").");
    }
    jdbc.sql("""
            insert into app.coalition_settings (tenant_id, follow_up_interval, follow_ups_before_escalation,
                contact_cadence, defender_assessment_sla, hearing_request_lead, hrr_submission_window,
                hrr_reminder_before, defender_monitoring_interval, updated_at, updated_by)
            values (:tenant, :followUp, :followUps, :cadence, :sla, :lead, :hrrWindow, :hrrReminder, :monitoring,
                :at, :by)
            on conflict (tenant_id) do update set follow_up_interval = excluded.follow_up_interval,
                follow_ups_before_escalation = excluded.follow_ups_before_escalation,
                contact_cadence = excluded.contact_cadence, defender_assessment_sla = excluded.defender_assessment_sla,
                hearing_request_lead = excluded.hearing_request_lead,
                hrr_submission_window = excluded.hrr_submission_window,
                hrr_reminder_before = excluded.hrr_reminder_before,
                defender_monitoring_interval = excluded.defender_monitoring_interval, updated_at = excluded.updated_at,
                updated_by = excluded.updated_by""")
        .param("tenant", actor.tenantId())
        .param("followUp", s.followUpInterval())
        .param("followUps", s.followUpsBeforeEscalation())
        .param("cadence", s.contactCadence())
        .param("sla", s.defenderAssessmentSla())
        .param("lead", s.hearingRequestLead())
        .param("hrrWindow", s.hrrSubmissionWindow())
        .param("hrrReminder", s.hrrReminderBefore())
        .param("monitoring", s.defenderMonitoringInterval())
        .param("at", Timestamp.from(now))
        .param("by", actor.username())
        .update();
    return s;
  }

  /** The largest document the current coalition accepts, in megabytes (20 unless changed). */
  @Transactional(readOnly = true)
  public int attachmentLimitMegabytes() {
    return jdbc.sql("select attachment_max_mb from app.coalition_settings where tenant_id = :tenant")
        .param("tenant", TenantContext.current().tenantId()).query(Integer.class).optional().orElse(20);
  }

  /** Changes the largest document the coalition accepts (1 to 100 MB); coordinators and admins only. */
  @Transactional
  public int changeAttachmentLimit(Integer megabytes) {
    Actor actor = TenantContext.current();
    if (!actor.has(Role.COORDINATOR) && !actor.has(Role.ADMIN)) {
      throw new NotAllowedException("Only a coordinator or an admin of the coalition can change its settings");
    }
    if (megabytes == null || megabytes < 1 || megabytes > 100) {
      throw InvalidInputException.of("attachmentLimit", "Choose between 1 and 100 MB.");
    }
    if (jdbc.sql("select count(*) from app.coalition_settings where tenant_id = :tenant")
        .param("tenant", actor.tenantId()).query(Integer.class).single() == 0) {
      update(CoalitionSettings.DEFAULTS);
    }
    jdbc.sql("update app.coalition_settings set attachment_max_mb = :mb, updated_at = :at, updated_by = :by"
            + " where tenant_id = :tenant")
        .param("mb", megabytes).param("at", Timestamp.from(clock.instant())).param("by", actor.username())
        .param("tenant", actor.tenantId()).update();
    return megabytes;
  }

  private CoalitionSettings load(String tenantId) {
    return jdbc.sql("""
            select follow_up_interval, follow_ups_before_escalation, contact_cadence, defender_assessment_sla,
                   hearing_request_lead, hrr_submission_window, hrr_reminder_before, defender_monitoring_interval
              from app.coalition_settings where tenant_id = :tenant""")
        .param("tenant", tenantId)
        .query((rs, n) -> new CoalitionSettings(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
        .optional()
        .orElse(CoalitionSettings.DEFAULTS);
  }
}
