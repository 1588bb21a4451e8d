package org.liaison.hearings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.records.Found;
import org.liaison.records.ListQuery;
import org.liaison.records.Listing;
import org.liaison.hearings.CourtHearing;
import org.liaison.hearings.HearingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hearing tables; every statement names the coalition (and row-level security checks it too). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HearingStore {

  private final JdbcClient jdbc;

  /** An officer asked to attend, by id, with the engagement that asked and whether they attended. */
  public record Asked(UUID officerId, UUID engagementId, Boolean attended) {}

  public void insert(String tenantId, UUID id, String reference, UUID caseId, String caseReference, String title,
      String court, Instant hearingAt, Instant requestAt, String owner, Instant now) {
    jdbc.sql("""
        insert into app.court_hearing (id, tenant_id, reference, case_id, case_reference, title, court, hearing_at,
                                       request_attendance_at, owner, status, created_at, updated_at)
        values (:id, :t, :ref, :c, :cref, :title, :court, :at, :req, :owner, :status, :now, :now)""")
        .param("id", id).param("t", tenantId).param("ref", reference).param("c", caseId).param("cref", caseReference)
        .param("title", title).param("court", court).param("at", Timestamp.from(hearingAt))
        .param("req", Timestamp.from(requestAt)).param("owner", owner).param("status", HearingStatus.SCHEDULED.name())
        .param("now", Timestamp.from(now)).update();
  }

  public void runBy(String tenantId, UUID id, String processInstanceId) {
    jdbc.sql("update app.court_hearing set process_instance_id = :pi where tenant_id = :t and id = :id")
        .param("pi", processInstanceId).param("t", tenantId).param("id", id).update();
  }

  public void moveTo(String tenantId, UUID id, HearingStatus status, Instant now) {
    int updated = jdbc.sql("update app.court_hearing set status = :s, updated_at = :now where tenant_id = :t and id = :id")
        .param("s", status.name()).param("now", Timestamp.from(now)).param("t", tenantId).param("id", id).update();
    if (updated != 1) {
      throw new IllegalStateException("Hearing " + id + " not found in coalition " + tenantId);
    }
  }

  /** New dates after an adjournment; whoever was asked must be asked (and attend) again for the new date. */
  public void adjourned(String tenantId, UUID id, Instant hearingAt, Instant requestAt, Instant previous, Instant now) {
    jdbc.sql("""
        update app.court_hearing set hearing_at = :at, request_attendance_at = :req, adjourned_from = :prev,
               adjournments = adjournments + 1, updated_at = :now where tenant_id = :t and id = :id""")
        .param("at", Timestamp.from(hearingAt)).param("req", Timestamp.from(requestAt))
        .param("prev", Timestamp.from(previous)).param("now", Timestamp.from(now)).param("t", tenantId).param("id", id)
        .update();
    jdbc.sql("update app.court_hearing_officer set attended = null where tenant_id = :t and hearing_id = :id")
        .param("t", tenantId).param("id", id).update();
  }

  public void cancelled(String tenantId, UUID id, String reason, Instant now) {
    jdbc.sql("update app.court_hearing set cancel_reason = :r, updated_at = :now where tenant_id = :t and id = :id")
        .param("r", reason).param("now", Timestamp.from(now)).param("t", tenantId).param("id", id).update();
  }

  /** Records that an officer was asked (again) to attend, by this engagement. */
  public void asked(String tenantId, UUID hearingId, UUID officerId, UUID engagementId) {
    jdbc.sql("""
        insert into app.court_hearing_officer (tenant_id, hearing_id, officer_id, engagement_id)
        values (:t, :h, :o, :e)
        on conflict (hearing_id, officer_id) do update set engagement_id = excluded.engagement_id, attended = null""")
        .param("t", tenantId).param("h", hearingId).param("o", officerId).param("e", engagementId).update();
  }

  public void observed(String tenantId, UUID hearingId, Set<UUID> attended, String observation, String by,
      Instant now) {
    for (Asked a : asked(tenantId, hearingId)) {
      jdbc.sql("""
          update app.court_hearing_officer set attended = :a where tenant_id = :t and hearing_id = :h and officer_id = :o""")
          .param("a", attended.contains(a.officerId())).param("t", tenantId).param("h", hearingId)
          .param("o", a.officerId()).update();
    }
    jdbc.sql("""
        update app.court_hearing set observation = :obs, observed_by = :by, observed_at = :now, updated_at = :now
         where tenant_id = :t and id = :id""")
        .param("obs", observation).param("by", by).param("now", Timestamp.from(now)).param("t", tenantId)
        .param("id", hearingId).update();
  }

  public List<Asked> asked(String tenantId, UUID hearingId) {
    return jdbc.sql("""
        select officer_id, engagement_id, attended from app.court_hearing_officer
         where tenant_id = :t and hearing_id = :h order by officer_id""")
        .param("t", tenantId).param("h", hearingId)
        .query((rs, n) -> new Asked(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            (Boolean) rs.getObject(3)))
        .list();
  }

  public Optional<CourtHearing> byReference(String tenantId, String reference) {
    return jdbc.sql(SELECT + " where tenant_id = :t and reference = :ref").param("t", tenantId).param("ref", reference)
        .query(HearingStore::map).optional();
  }

  public List<CourtHearing> all(String tenantId) {
    return jdbc.sql(SELECT + " where tenant_id = :t order by hearing_at, reference limit 200").param("t", tenantId)
        .query(HearingStore::map).list();
  }

  /** How the inbox names these records, by reference; one query for a page of tasks. */
  public java.util.Map<String, org.liaison.records.RecordTitle> titles(String tenantId, java.util.Set<String> references) {
    if (references.isEmpty()) {
      return java.util.Map.of();
    }
    return jdbc.sql("select reference, title, case_reference from app.court_hearing where tenant_id = :t and reference in (:refs)")
        .param("t", tenantId).param("refs", references)
        .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(3) == null ? org.liaison.records.RecordTitle.of("title.hearing", rs.getString(2))
            : org.liaison.records.RecordTitle.of("title.hearingOfCase", rs.getString(2), rs.getString(3))))
        .list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
            java.util.Map.Entry::getValue));
  }

  /** The court hearings held for a case, by date: at most 100 (a case holds a handful). */
  public List<CourtHearing> forCase(String tenantId, UUID caseId) {
    return jdbc.sql(SELECT + " where tenant_id = :t and case_id = :c order by hearing_at, reference limit 100")
        .param("t", tenantId).param("c", caseId).query(HearingStore::map).list();
  }

  private static final String COLUMNS = """
      id, reference, case_id, case_reference, title, court, hearing_at, request_attendance_at, owner, status,
             observation, observed_by, observed_at, adjournments, adjourned_from, cancel_reason, created_at""";
  private static final String SELECT = "select " + COLUMNS + " from app.court_hearing";

  /** The columns the hearings list sorts by. */
  private static final Map<String, String> SORTABLE = Map.of("reference", "reference", "title", "lower(title)",
      "court", "lower(court)", "date", "hearing_at", "status", "status", "owner", "owner");

  /** A page of the current coalition's hearings: found by words of the reference, title or court. */
  public Found<CourtHearing> find(ListQuery query, int offset, int limit) {
    return Listing.of("app.court_hearing", "tenant_id").search("search", "reference", query.text())
        .filter("status = :status", "status", query.status(HearingStatus.class))
        .filter("owner = :owner", "owner", query.owner())
        .orderBy(SORTABLE, query.sort(), query.descending(), "date", "id")
        .fetch(jdbc, COLUMNS, offset, limit, HearingStore::map);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static CourtHearing map(ResultSet rs, int n) throws SQLException {
    return new CourtHearing(rs.getObject("id", UUID.class), rs.getString("reference"),
        rs.getObject("case_id", UUID.class), rs.getString("case_reference"), rs.getString("title"),
        rs.getString("court"), instant(rs, "hearing_at"), instant(rs, "request_attendance_at"), rs.getString("owner"),
        HearingStatus.valueOf(rs.getString("status")), rs.getString("observation"), rs.getString("observed_by"),
        instant(rs, "observed_at"), rs.getInt("adjournments"), instant(rs, "adjourned_from"),
        rs.getString("cancel_reason"), instant(rs, "created_at"));
  }
}
