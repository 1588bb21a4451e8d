package org.liaison.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.outreach.OutreachVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The versions of each case's outreach ({@code outreach_draft}). Every statement names the coalition;
 * row-level security would hide other coalitions' rows anyway.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutreachVersions {

  private final JdbcClient jdbc;

  /** Keeps the draft just submitted as the case's next version. */
  public void add(String tenantId, UUID caseId, OutreachEntity draft, String by, Instant at) {
    jdbc.sql("""
            insert into app.outreach_draft (tenant_id, case_id, version, important, why_us, embassy_action,
                                            drafted_by, drafted_at)
            select :t, :c, coalesce(max(version), 0) + 1, :important, :whyUs, :action, :by, :at
              from app.outreach_draft where tenant_id = :t and case_id = :c""")
        .param("t", tenantId).param("c", caseId).param("important", draft.important())
        .param("whyUs", draft.whyUnitedStates()).param("action", draft.embassyAction()).param("by", by)
        .param("at", Timestamp.from(at)).update();
  }

  /**
   * Records the reviewer's verdict on the latest version; an outreach drafted before versions were kept
   * gets its current text as its first version here.
   */
  public void reviewed(String tenantId, UUID caseId, OutreachEntity current, boolean approved, String comment,
      String by, Instant at) {
    boolean none = jdbc.sql("select count(*) from app.outreach_draft where tenant_id = :t and case_id = :c")
        .param("t", tenantId).param("c", caseId).query(Long.class).single() == 0;
    if (none) {
      add(tenantId, caseId, current, null, at);
    }
    jdbc.sql("""
            update app.outreach_draft set approved = :approved, review_comment = :comment, reviewed_by = :by,
                   reviewed_at = :at
             where tenant_id = :t and case_id = :c
               and version = (select max(version) from app.outreach_draft where tenant_id = :t and case_id = :c)""")
        .param("approved", approved).param("comment", comment).param("by", by).param("at", Timestamp.from(at))
        .param("t", tenantId).param("c", caseId).update();
  }

  /** The case's versions, first draft first. */
  public List<OutreachVersion> of(String tenantId, UUID caseId) {
    return jdbc.sql("""
            select version, important, why_us, embassy_action, drafted_by, drafted_at, approved, review_comment,
                   reviewed_by, reviewed_at
              from app.outreach_draft where tenant_id = :t and case_id = :c order by version""")
        .param("t", tenantId).param("c", caseId).query(OutreachVersions::version).list();
  }

  private static OutreachVersion version(ResultSet rs, int row) throws SQLException {
    return new OutreachVersion(rs.getInt("version"), rs.getString("important"), rs.getString("why_us"),
        rs.getString("embassy_action"), rs.getString("drafted_by"), instant(rs.getTimestamp("drafted_at")),
        (Boolean) rs.getObject("approved"), rs.getString("review_comment"), rs.getString("reviewed_by"),
        instant(rs.getTimestamp("reviewed_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
