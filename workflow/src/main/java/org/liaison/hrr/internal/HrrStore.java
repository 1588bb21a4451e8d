package org.liaison.hrr.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.hrr.CalendarStatus;
import org.liaison.hrr.CycleStatus;
import org.liaison.hrr.HrrCalendar;
import org.liaison.hrr.HrrCycle;
import org.liaison.hrr.HrrSubmission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The HRR tables. Every statement names the coalition; row-level security would hide others anyway. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HrrStore {

  private static final String CALENDAR = """
      select id, country, status, started_at, started_by, ended_at, ended_by from app.hrr_calendar""";
  private static final String CYCLE = """
      select id, reference, calendar_id, country, year, opens_at, reminder_at, submission_deadline, next_cycle_opens,
             status, compiled_text, compiled_at, compiled_by, submitted_at, submitted_to, acknowledged_at,
             acknowledged_by, acknowledgement from app.hrr_cycle""";

  private final JdbcClient jdbc;

  /** How the inbox names these records, by reference; one query for a page of tasks. */
  public java.util.Map<String, org.liaison.records.RecordTitle> titles(String tenantId, java.util.Set<String> references) {
    if (references.isEmpty()) {
      return java.util.Map.of();
    }
    return jdbc.sql("select reference, year, country from app.hrr_cycle where tenant_id = :t and reference in (:refs)")
        .param("t", tenantId).param("refs", references)
        .query((rs, n) -> java.util.Map.entry(rs.getString(1), org.liaison.records.RecordTitle.of("title.hrr", String.valueOf(rs.getInt(2)),
            new java.util.Locale("", rs.getString(3)).getDisplayCountry(java.util.Locale.ENGLISH))))
        .list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
            java.util.Map.Entry::getValue));
  }

  // calendars

  public void insertCalendar(String tenantId, UUID id, String country, String by, Instant now) {
    jdbc.sql("""
            insert into app.hrr_calendar (id, tenant_id, country, status, started_at, started_by)
            values (:id, :t, :country, 'RUNNING', :now, :by)""")
        .param("id", id).param("t", tenantId).param("country", country).param("now", Timestamp.from(now))
        .param("by", by).update();
  }

  public void calendarRunBy(String tenantId, UUID id, String processInstanceId) {
    jdbc.sql("update app.hrr_calendar set process_instance_id = :pi where tenant_id = :t and id = :id")
        .param("pi", processInstanceId).param("t", tenantId).param("id", id).update();
  }

  public Optional<HrrCalendar> runningCalendar(String tenantId, String country) {
    return jdbc.sql(CALENDAR + " where tenant_id = :t and country = :c and status = 'RUNNING'")
        .param("t", tenantId).param("c", country).query(HrrStore::calendar).optional();
  }

  public List<HrrCalendar> calendars(String tenantId) {
    return jdbc.sql(CALENDAR + " where tenant_id = :t order by status = 'RUNNING' desc, country, started_at desc")
        .param("t", tenantId).query(HrrStore::calendar).list();
  }

  public void endCalendar(String tenantId, UUID id, CalendarStatus status, String by, Instant now) {
    jdbc.sql("""
            update app.hrr_calendar set status = :s, ended_at = :now, ended_by = :by
             where tenant_id = :t and id = :id and status = 'RUNNING'""")
        .param("s", status.name()).param("now", Timestamp.from(now)).param("by", by).param("t", tenantId)
        .param("id", id).update();
  }

  // cycles

  public void insertCycle(String tenantId, HrrCycle c) {
    jdbc.sql("""
            insert into app.hrr_cycle (id, tenant_id, calendar_id, reference, country, year, opens_at, reminder_at,
                submission_deadline, next_cycle_opens, status)
            values (:id, :t, :calendar, :reference, :country, :year, :opens, :reminder, :deadline, :next, 'OPEN')""")
        .param("id", c.id()).param("t", tenantId).param("calendar", c.calendarId()).param("reference", c.reference())
        .param("country", c.country()).param("year", c.year()).param("opens", Timestamp.from(c.opensAt()))
        .param("reminder", Timestamp.from(c.reminderAt())).param("deadline", Timestamp.from(c.submissionDeadline()))
        .param("next", Timestamp.from(c.nextCycleOpens())).update();
  }

  public void moveCycleTo(String tenantId, UUID cycleId, UUID calendarId) {
    jdbc.sql("update app.hrr_cycle set calendar_id = :calendar where tenant_id = :t and id = :id")
        .param("calendar", calendarId).param("t", tenantId).param("id", cycleId).update();
  }

  public Optional<HrrCycle> cycle(String tenantId, UUID id) {
    return jdbc.sql(CYCLE + " where tenant_id = :t and id = :id").param("t", tenantId).param("id", id)
        .query(HrrStore::cycle).optional();
  }

  public Optional<HrrCycle> cycleByReference(String tenantId, String reference) {
    return jdbc.sql(CYCLE + " where tenant_id = :t and reference = :r").param("t", tenantId).param("r", reference)
        .query(HrrStore::cycle).optional();
  }

  public Optional<HrrCycle> cycleOf(String tenantId, String country, int year) {
    return jdbc.sql(CYCLE + " where tenant_id = :t and country = :c and year = :y")
        .param("t", tenantId).param("c", country).param("y", year).query(HrrStore::cycle).optional();
  }

  public List<HrrCycle> cycles(String tenantId) {
    return jdbc.sql(CYCLE + " where tenant_id = :t order by year desc, country limit 200").param("t", tenantId)
        .query(HrrStore::cycle).list();
  }

  public void compile(String tenantId, UUID cycleId, String text, String by, Instant now) {
    jdbc.sql("""
            update app.hrr_cycle set compiled_text = :text, compiled_at = :now, compiled_by = :by
             where tenant_id = :t and id = :id""")
        .param("text", text).param("now", Timestamp.from(now)).param("by", by).param("t", tenantId)
        .param("id", cycleId).update();
  }

  public void submitted(String tenantId, UUID cycleId, String to, Instant now) {
    jdbc.sql("""
            update app.hrr_cycle set status = 'SUBMITTED', submitted_at = :now, submitted_to = :to
             where tenant_id = :t and id = :id""")
        .param("now", Timestamp.from(now)).param("to", to).param("t", tenantId).param("id", cycleId).update();
  }

  public void acknowledged(String tenantId, UUID cycleId, String note, String by, Instant now) {
    jdbc.sql("""
            update app.hrr_cycle set status = 'ACKNOWLEDGED', acknowledged_at = :now, acknowledged_by = :by,
                   acknowledgement = :note
             where tenant_id = :t and id = :id""")
        .param("now", Timestamp.from(now)).param("by", by).param("note", note).param("t", tenantId)
        .param("id", cycleId).update();
  }

  // submissions

  public void saveSubmission(String tenantId, UUID cycleId, UUID organisationId, String text, String by, Instant now) {
    jdbc.sql("""
            insert into app.hrr_submission (id, tenant_id, cycle_id, organisation_id, text, recorded_by, recorded_at)
            values (:id, :t, :cycle, :org, :text, :by, :now)
            on conflict (cycle_id, organisation_id) do update set text = excluded.text,
                recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
        .param("id", UUID.randomUUID()).param("t", tenantId).param("cycle", cycleId).param("org", organisationId)
        .param("text", text).param("by", by).param("now", Timestamp.from(now)).update();
  }

  /** The cycle's submissions with their organisation's name, by name. */
  public List<HrrSubmission> submissions(String tenantId, UUID cycleId) {
    return jdbc.sql("""
            select s.organisation_id, o.name, s.text, s.recorded_by, s.recorded_at
              from app.hrr_submission s
              join app.member_organisation o on o.tenant_id = s.tenant_id and o.id = s.organisation_id
             where s.tenant_id = :t and s.cycle_id = :c
             order by lower(o.name)""")
        .param("t", tenantId).param("c", cycleId)
        .query((rs, n) -> new HrrSubmission(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getTimestamp(5).toInstant()))
        .list();
  }

  private static HrrCalendar calendar(ResultSet rs, int n) throws SQLException {
    return new HrrCalendar(rs.getObject("id", UUID.class), rs.getString("country"),
        CalendarStatus.valueOf(rs.getString("status")), instant(rs, "started_at"), rs.getString("started_by"),
        instant(rs, "ended_at"), rs.getString("ended_by"));
  }

  private static HrrCycle cycle(ResultSet rs, int n) throws SQLException {
    return new HrrCycle(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("calendar_id", UUID.class),
        rs.getString("country"), rs.getInt("year"), instant(rs, "opens_at"), instant(rs, "reminder_at"),
        instant(rs, "submission_deadline"), instant(rs, "next_cycle_opens"), CycleStatus.valueOf(rs.getString("status")),
        rs.getString("compiled_text"), instant(rs, "compiled_at"), rs.getString("compiled_by"),
        instant(rs, "submitted_at"), rs.getString("submitted_to"), instant(rs, "acknowledged_at"),
        rs.getString("acknowledged_by"), rs.getString("acknowledgement"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
