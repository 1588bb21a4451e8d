package org.liaison.defenders.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.defenders.DefenderStatus;
import org.liaison.defenders.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The defender table. The protected fields come and go as ciphertext ({@link Sealed}); the service
 * encrypts and decrypts them with the record's data key and decides who may see them.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DefenderStore {

  private static final String SELECT = """
      select id, reference, pseudonym, country, risk_level, status, reported_by, reported_at, officer_notified_at,
             erased_at, name_ct, location_ct, contact_ct, risk_summary_ct from app.defender""";

  private final JdbcClient jdbc;

  /** The protected fields as stored: ciphertext, each bound to this record and field; null = not recorded. */
  public record Sealed(byte[] name, byte[] location, byte[] contact, byte[] riskSummary) {

    public static final Sealed NONE = new Sealed(null, null, null, null);

    @Override
    public String toString() {
      return "Sealed[hidden]";
    }
  }

  /** A row of the table: the plain facts and the sealed ones. */
  public record Row(UUID id, String reference, String pseudonym, String country, RiskLevel riskLevel,
      DefenderStatus status, String reportedBy, Instant reportedAt, Instant officerNotifiedAt, Instant erasedAt,
      Sealed sealed) {

    @Override
    public String toString() {
      return "DefenderRow[" + reference + "]";
    }
  }

  public void insert(String tenantId, UUID id, String reference, String pseudonym, String country, RiskLevel risk,
      Sealed sealed, String by, Instant now) {
    jdbc.sql("""
            insert into app.defender (id, tenant_id, reference, pseudonym, country, risk_level, name_ct, location_ct,
                contact_ct, risk_summary_ct, status, reported_by, reported_at, updated_at)
            values (:id, :t, :reference, :pseudonym, :country, :risk, :name, :location, :contact, :summary,
                'ASSESSING', :by, :now, :now)""")
        .param("id", id).param("t", tenantId).param("reference", reference).param("pseudonym", pseudonym)
        .param("country", country).param("risk", risk.name()).param("name", sealed.name())
        .param("location", sealed.location()).param("contact", sealed.contact()).param("summary", sealed.riskSummary())
        .param("by", by).param("now", Timestamp.from(now)).update();
  }

  public void seal(String tenantId, UUID id, Sealed sealed, Instant now) {
    jdbc.sql("""
            update app.defender set name_ct = :name, location_ct = :location, contact_ct = :contact,
                   risk_summary_ct = :summary, updated_at = :now
             where tenant_id = :t and id = :id""")
        .param("name", sealed.name()).param("location", sealed.location()).param("contact", sealed.contact())
        .param("summary", sealed.riskSummary()).param("now", Timestamp.from(now)).param("t", tenantId).param("id", id)
        .update();
  }

  /** Leaves the reference and the lifecycle: no pseudonym, no ciphertext. */
  public void erase(String tenantId, UUID id, String by, Instant now) {
    jdbc.sql("""
            update app.defender set pseudonym = null, name_ct = null, location_ct = null, contact_ct = null,
                   risk_summary_ct = null, erased_at = :now, erased_by = :by, updated_at = :now
             where tenant_id = :t and id = :id""")
        .param("now", Timestamp.from(now)).param("by", by).param("t", tenantId).param("id", id).update();
  }

  public void runBy(String tenantId, UUID id, String processInstanceId) {
    jdbc.sql("update app.defender set process_instance_id = :pi where tenant_id = :t and id = :id")
        .param("pi", processInstanceId).param("t", tenantId).param("id", id).update();
  }

  public Optional<Row> byReference(String tenantId, String reference) {
    return jdbc.sql(SELECT + " where tenant_id = :t and reference = :r").param("t", tenantId).param("r", reference)
        .query(DefenderStore::map).optional();
  }

  public Optional<Row> byId(String tenantId, UUID id) {
    return jdbc.sql(SELECT + " where tenant_id = :t and id = :id").param("t", tenantId).param("id", id)
        .query(DefenderStore::map).optional();
  }

  public List<Row> all(String tenantId) {
    return jdbc.sql(SELECT + " where tenant_id = :t order by reported_at desc, reference desc limit 200").param("t", tenantId)
        .query(DefenderStore::map).list();
  }

  public void moveTo(String tenantId, UUID id, DefenderStatus status, Instant now) {
    jdbc.sql("update app.defender set status = :s, updated_at = :now where tenant_id = :t and id = :id")
        .param("s", status.name()).param("now", Timestamp.from(now)).param("t", tenantId).param("id", id).update();
  }

  public void officerNotified(String tenantId, UUID id, Instant now) {
    jdbc.sql("update app.defender set officer_notified_at = coalesce(officer_notified_at, :now) where tenant_id = :t and id = :id")
        .param("now", Timestamp.from(now)).param("t", tenantId).param("id", id).update();
  }

  private static Row map(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("pseudonym"),
        rs.getString("country"), RiskLevel.valueOf(rs.getString("risk_level")),
        DefenderStatus.valueOf(rs.getString("status")), rs.getString("reported_by"),
        rs.getTimestamp("reported_at").toInstant(), instant(rs.getTimestamp("officer_notified_at")),
        instant(rs.getTimestamp("erased_at")),
        new Sealed(rs.getBytes("name_ct"), rs.getBytes("location_ct"), rs.getBytes("contact_ct"),
            rs.getBytes("risk_summary_ct")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
