package org.liaison.officers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.liaison.common.InputValidator;
import org.liaison.common.NotFoundException;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements of the current coalition with its officers: every question, reply, meeting or
 * invitation, with its outcome. Recording one also moves the officer's last contact forward.
 */
@Service
public class EngagementService {

  private final JdbcClient jdbc;
  private final ContactService contacts;
  private final InputValidator validator;
  private final Clock clock;

  EngagementService(JdbcClient jdbc, ContactService contacts, InputValidator validator, Clock clock) {
    this.jdbc = jdbc;
    this.contacts = contacts;
    this.validator = validator;
    this.clock = clock;
  }

  /** Records an engagement; an officer of another coalition is not found and nothing is saved. */
  @Transactional
  public Engagement record(NewEngagement input) {
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

  @Transactional(readOnly = true)
  public Engagement engagement(UUID id) {
    return jdbc.sql(SELECT + " where tenant_id = :t and id = :id").param("t", tenant()).param("id", id)
        .query(EngagementService::map).optional().orElseThrow(() -> new NotFoundException("Engagement " + id));
  }

  /** A case's engagements, oldest first. */
  @Transactional(readOnly = true)
  public List<Engagement> forCase(UUID caseId) {
    return jdbc.sql(SELECT + " where tenant_id = :t and case_id = :c order by occurred_on, recorded_at")
        .param("t", tenant()).param("c", caseId).query(EngagementService::map).list();
  }

  /** An officer's engagements, newest first. */
  @Transactional(readOnly = true)
  public List<Engagement> forOfficer(UUID officerId) {
    return jdbc.sql(SELECT + " where tenant_id = :t and officer_id = :o order by occurred_on desc, recorded_at desc")
        .param("t", tenant()).param("o", officerId).query(EngagementService::map).list();
  }

  private static final String SELECT = """
      select id, officer_id, case_id, kind, summary, occurred_on, outcome, recorded_by, recorded_at from app.engagement""";

  private static String tenant() {
    return TenantContext.current().tenantId();
  }

  private static Engagement map(ResultSet rs, int n) throws SQLException {
    return new Engagement(rs.getObject("id", UUID.class), rs.getObject("officer_id", UUID.class),
        rs.getObject("case_id", UUID.class), EngagementKind.valueOf(rs.getString("kind")), rs.getString("summary"),
        rs.getDate("occurred_on").toLocalDate(), rs.getString("outcome"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}
