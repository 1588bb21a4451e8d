package org.liaison.meetings.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.meetings.MeetingRow;
import org.liaison.records.Found;
import org.liaison.records.ListQuery;
import org.liaison.records.Listing;
import org.liaison.records.RecordTitle;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The meeting table; every statement names the coalition (and row-level security checks it too). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MeetingStore {

  private final JdbcClient jdbc;

  /** A meeting and the process instance that runs it (null until its lifecycle started). */
  public record Stored(Meeting meeting, String processInstanceId) {}

  public void insert(String tenantId, UUID id, String reference, String businessKey, UUID engagementId, UUID caseId,
      UUID officerId, String owner, MeetingStatus status, Instant now) {
    jdbc.sql("""
        insert into app.meeting (id, tenant_id, reference, business_key, engagement_id, case_id, officer_id, owner,
                                 status, created_at, updated_at)
        values (:id, :t, :ref, :key, :e, :c, :o, :owner, :status, :at, :at)""")
        .param("id", id).param("t", tenantId).param("ref", reference).param("key", businessKey)
        .param("e", engagementId).param("c", caseId).param("o", officerId).param("owner", owner)
        .param("status", status.name()).param("at", Timestamp.from(now)).update();
  }

  /** Ties the meeting of an engagement to its process instance; false when there is no such meeting yet. */
  public boolean attachInstance(String tenantId, UUID engagementId, String processInstanceId, Instant now) {
    return jdbc.sql("""
        update app.meeting set process_instance_id = :pi, updated_at = :at
         where tenant_id = :t and engagement_id = :e and process_instance_id is null""")
        .param("pi", processInstanceId).param("at", Timestamp.from(now)).param("t", tenantId).param("e", engagementId)
        .update() == 1;
  }

  public void moveTo(String tenantId, String processInstanceId, MeetingStatus status, Instant now) {
    int updated = jdbc.sql("""
        update app.meeting set status = :s, updated_at = :at where tenant_id = :t and process_instance_id = :pi""")
        .param("s", status.name()).param("at", Timestamp.from(now)).param("t", tenantId).param("pi", processInstanceId)
        .update();
    if (updated != 1) {
      throw new IllegalStateException("No meeting for instance " + processInstanceId + " in coalition " + tenantId);
    }
  }

  public void confirmed(String tenantId, UUID id, LocalDate confirmedFor, LocalTime time, String place, String by,
      Instant now) {
    jdbc.sql("""
        update app.meeting set confirmed_for = :d, confirmed_time = :time, place = :place, confirmed_by = :by,
               updated_at = :at where tenant_id = :t and id = :id""")
        .param("d", Date.valueOf(confirmedFor)).param("time", time == null ? null : Time.valueOf(time))
        .param("place", place).param("by", by).param("at", Timestamp.from(now))
        .param("t", tenantId).param("id", id).update();
  }

  public void thanked(String tenantId, UUID id, String note, String by, Instant now) {
    jdbc.sql("""
        update app.meeting set thanked_at = :at, thanked_by = :by, thanks_note = :note, updated_at = :at
         where tenant_id = :t and id = :id""")
        .param("at", Timestamp.from(now)).param("by", by).param("note", note).param("t", tenantId).param("id", id)
        .update();
  }

  public Optional<Stored> byReference(String tenantId, String reference) {
    return jdbc.sql(SELECT + " where tenant_id = :t and reference = :ref").param("t", tenantId).param("ref", reference)
        .query(MeetingStore::map).optional();
  }

  public Optional<Stored> byInstance(String tenantId, String processInstanceId) {
    return jdbc.sql(SELECT + " where tenant_id = :t and process_instance_id = :pi").param("t", tenantId)
        .param("pi", processInstanceId).query(MeetingStore::map).optional();
  }

  public boolean existsForEngagement(String tenantId, UUID engagementId) {
    return jdbc.sql("select count(*) from app.meeting where tenant_id = :t and engagement_id = :e")
        .param("t", tenantId).param("e", engagementId).query(Integer.class).single() > 0;
  }

  public static final int FOR_CASE = 100;

  public List<Stored> all(String tenantId) {
    return jdbc.sql(SELECT + " where tenant_id = :t order by created_at desc, reference desc limit 200").param("t", tenantId)
        .query(MeetingStore::map).list();
  }

  public List<Stored> forOfficer(String tenantId, UUID officerId) {
    return jdbc.sql(SELECT + " where tenant_id = :t and officer_id = :o order by created_at desc, reference desc limit 200")
        .param("t", tenantId).param("o", officerId).query(MeetingStore::map).list();
  }

  /** The case's meetings, oldest first: at most {@code FOR_CASE} (a case holds a handful). */
  public List<Stored> forCase(String tenantId, UUID caseId) {
    return jdbc.sql(SELECT + " where tenant_id = :t and case_id = :c order by created_at, reference limit " + FOR_CASE)
        .param("t", tenantId).param("c", caseId).query(MeetingStore::map).list();
  }

  /** The columns the meetings list sorts by. */
  private static final Map<String, String> SORTABLE = Map.of("reference", "m.reference", "status", "m.status",
      "owner", "m.owner", "officer", "lower(o.name)", "confirmed", "m.confirmed_for", "requested", "m.created_at");

  /**
   * A page of the current coalition's meetings with the officer's name and the purpose, in one query:
   * found by words of what was asked for, or by the reference.
   */
  public Found<MeetingRow> find(ListQuery query, int offset, int limit) {
    return Listing.of("app.meeting m join app.engagement e on e.tenant_id = m.tenant_id and e.id = m.engagement_id"
            + " left join app.officer o on o.tenant_id = m.tenant_id and o.id = m.officer_id", "m.tenant_id")
        .search("e.search", "m.reference", query.text())
        .filter("m.status = :status", "status", query.status(MeetingStatus.class))
        .filter("m.owner = :owner", "owner", query.owner())
        .orderBy(SORTABLE, query.sort(), query.descending(), "requested", "m.id")
        .fetch(jdbc, """
            m.id, m.reference, m.business_key, m.engagement_id, m.case_id, m.officer_id, m.owner, m.status,
            m.confirmed_for, m.confirmed_by, m.thanked_at, m.thanked_by, m.thanks_note, m.created_at,
            m.process_instance_id, m.confirmed_time, m.place, o.name as officer_name, e.summary as purpose""", offset, limit,
            (rs, n) -> new MeetingRow(map(rs, n).meeting(), rs.getString("officer_name"), rs.getString("purpose")));
  }

  /**
   * How the inbox names the meetings its tasks belong to, by process instance (a case's meeting runs
   * under the case's reference, so the instance tells it): "Meeting with Jane Doe, Nairobi". One query.
   */
  public Map<String, RecordTitle> titles(String tenantId, Map<String, String> businessKeyByInstance) {
    if (businessKeyByInstance.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("""
            select m.process_instance_id, o.name, e.city
              from app.meeting m
              left join app.officer o on o.tenant_id = m.tenant_id and o.id = m.officer_id
              left join app.embassy e on e.tenant_id = o.tenant_id and e.id = o.embassy_id
             where m.tenant_id = :t and m.process_instance_id in (:instances)""")
        .param("t", tenantId).param("instances", businessKeyByInstance.keySet())
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2) == null ? RecordTitle.of("title.meetingNoOfficer")
            : rs.getString(3) == null ? RecordTitle.of("title.meeting", rs.getString(2))
            : RecordTitle.of("title.meetingAt", rs.getString(2), rs.getString(3))))
        .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static final String SELECT = """
      select id, reference, business_key, engagement_id, case_id, officer_id, owner, status, confirmed_for,
             confirmed_by, thanked_at, thanked_by, thanks_note, created_at, process_instance_id, confirmed_time, place
        from app.meeting""";

  private static Stored map(ResultSet rs, int n) throws SQLException {
    Date confirmed = rs.getDate("confirmed_for");
    Timestamp thanked = rs.getTimestamp("thanked_at");
    Time time = rs.getTime("confirmed_time");
    return new Stored(new Meeting(rs.getObject("id", UUID.class), rs.getString("reference"),
        rs.getString("business_key"), rs.getObject("engagement_id", UUID.class), rs.getObject("case_id", UUID.class),
        rs.getObject("officer_id", UUID.class), rs.getString("owner"), MeetingStatus.valueOf(rs.getString("status")),
        confirmed == null ? null : confirmed.toLocalDate(), rs.getString("confirmed_by"),
        thanked == null ? null : thanked.toInstant(), rs.getString("thanked_by"), rs.getString("thanks_note"),
        rs.getTimestamp("created_at").toInstant(), time == null ? null : time.toLocalTime(), rs.getString("place")),
        rs.getString("process_instance_id"));
  }
}
