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
import org.liaison.defenders.Defender;
import org.liaison.defenders.DefenderIdentity;
import org.liaison.defenders.DefenderStatus;
import org.liaison.defenders.NewDefender;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The defender table. Reads return the identity only when asked to ({@code withIdentity}); the
 * caller decides who may see it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DefenderStore {

  private static final String SELECT = """
      select id, reference, name, location, contact, country, risk_summary, status, reported_by, reported_at,
             officer_notified_at from app.defender""";

  private final JdbcClient jdbc;

  public void insert(String tenantId, UUID id, String reference, NewDefender input, String by, Instant now) {
    jdbc.sql("""
            insert into app.defender (id, tenant_id, reference, name, location, contact, country, risk_summary, status,
                reported_by, reported_at, updated_at)
            values (:id, :t, :reference, :name, :location, :contact, :country, :risk, 'ASSESSING', :by, :now, :now)""")
        .param("id", id).param("t", tenantId).param("reference", reference).param("name", input.name().strip())
        .param("location", input.location().strip()).param("contact", input.contact().strip())
        .param("country", input.country()).param("risk", input.riskSummary().strip()).param("by", by)
        .param("now", Timestamp.from(now)).update();
  }

  public void runBy(String tenantId, UUID id, String processInstanceId) {
    jdbc.sql("update app.defender set process_instance_id = :pi where tenant_id = :t and id = :id")
        .param("pi", processInstanceId).param("t", tenantId).param("id", id).update();
  }

  public Optional<Defender> byReference(String tenantId, String reference, boolean withIdentity) {
    return jdbc.sql(SELECT + " where tenant_id = :t and reference = :r").param("t", tenantId).param("r", reference)
        .query((rs, n) -> map(rs, withIdentity)).optional();
  }

  public Optional<Defender> byId(String tenantId, UUID id, boolean withIdentity) {
    return jdbc.sql(SELECT + " where tenant_id = :t and id = :id").param("t", tenantId).param("id", id)
        .query((rs, n) -> map(rs, withIdentity)).optional();
  }

  public List<Defender> all(String tenantId, boolean withIdentity) {
    return jdbc.sql(SELECT + " where tenant_id = :t order by reported_at desc, reference desc").param("t", tenantId)
        .query((rs, n) -> map(rs, withIdentity)).list();
  }

  public void moveTo(String tenantId, UUID id, DefenderStatus status, Instant now) {
    jdbc.sql("update app.defender set status = :s, updated_at = :now where tenant_id = :t and id = :id")
        .param("s", status.name()).param("now", Timestamp.from(now)).param("t", tenantId).param("id", id).update();
  }

  public void officerNotified(String tenantId, UUID id, Instant now) {
    jdbc.sql("update app.defender set officer_notified_at = coalesce(officer_notified_at, :now) where tenant_id = :t and id = :id")
        .param("now", Timestamp.from(now)).param("t", tenantId).param("id", id).update();
  }

  private static Defender map(ResultSet rs, boolean withIdentity) throws SQLException {
    Timestamp notified = rs.getTimestamp("officer_notified_at");
    return new Defender(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("country"),
        rs.getString("risk_summary"), DefenderStatus.valueOf(rs.getString("status")), rs.getString("reported_by"),
        rs.getTimestamp("reported_at").toInstant(), notified == null ? null : notified.toInstant(),
        withIdentity ? new DefenderIdentity(rs.getString("name"), rs.getString("location"), rs.getString("contact")) : null);
  }
}
