package org.liaison.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.notifications.MailChoice;
import org.liaison.notifications.MemberProfile;
import org.liaison.notifications.Notice;
import org.liaison.notifications.NoticeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices and member profiles of the coalition bound to the transaction (row-level security). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NoticeStore {

  private final JdbcClient jdbc;

  /** Writes a notice once per event and member; the id when written now, empty when it was written before. */
  public Optional<UUID> insert(String tenantId, String username, String eventKey, NoticeKind kind, String title,
      String link, Instant at) {
    UUID id = UUID.randomUUID();
    int written = jdbc.sql("""
            insert into app.notification (id, tenant_id, username, event_key, kind, title, link, created_at)
            values (:id, :tenant, :user, :key, :kind, :title, :link, :at)
            on conflict (tenant_id, event_key, username) do nothing""")
        .param("id", id).param("tenant", tenantId).param("user", username).param("key", eventKey)
        .param("kind", kind.key()).param("title", title).param("link", link).param("at", Timestamp.from(at)).update();
    return written == 1 ? Optional.of(id) : Optional.empty();
  }

  public void mailed(String tenantId, Collection<UUID> ids, Instant at) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql("update app.notification set mailed_at = :at where tenant_id = :tenant and id = any(:ids)")
        .param("at", Timestamp.from(at)).param("tenant", tenantId).param("ids", ids.toArray(UUID[]::new)).update();
  }

  public List<Notice> latest(String tenantId, String username, int limit) {
    return jdbc.sql("""
            select id, kind, title, link, created_at, read_at from app.notification
            where tenant_id = :tenant and username = :user order by created_at desc, id limit :limit""")
        .param("tenant", tenantId).param("user", username).param("limit", limit)
        .query((rs, n) -> new Notice(rs.getObject("id", UUID.class), NoticeKind.of(rs.getString("kind")),
            rs.getString("title"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
        .list();
  }

  public long unread(String tenantId, String username) {
    return jdbc.sql("select count(*) from app.notification where tenant_id = :tenant and username = :user and read_at is null")
        .param("tenant", tenantId).param("user", username).query(Long.class).single();
  }

  public int markRead(String tenantId, String username, UUID id, Instant at) {
    return jdbc.sql("""
            update app.notification set read_at = :at
            where tenant_id = :tenant and username = :user and read_at is null and (:id::uuid is null or id = :id::uuid)""")
        .param("at", Timestamp.from(at)).param("tenant", tenantId).param("user", username).param("id", id).update();
  }

  /** Unmailed notices of members who chose the daily digest: at most {@code limit} per member, oldest first. */
  public Map<String, List<Notice>> digests(String tenantId, int members, int limit) {
    Map<String, List<Notice>> byMember = new HashMap<>();
    jdbc.sql("""
            select n.username, n.id, n.kind, n.title, n.link, n.created_at from app.member_profile p
            cross join lateral (select * from app.notification x
                where x.tenant_id = p.tenant_id and x.username = p.username and x.mailed_at is null
                order by x.created_at, x.id limit :limit) n
            where p.tenant_id = :tenant and p.mail = 'digest'
              and p.username in (select distinct username from app.notification
                  where tenant_id = :tenant and mailed_at is null limit :members)
            order by n.username, n.created_at""")
        .param("tenant", tenantId).param("limit", limit).param("members", members)
        .query((rs, n) -> byMember.computeIfAbsent(rs.getString("username"), u -> new java.util.ArrayList<>())
            .add(new Notice(rs.getObject("id", UUID.class), NoticeKind.of(rs.getString("kind")), rs.getString("title"),
                rs.getString("link"), rs.getTimestamp("created_at").toInstant(), null)))
        .list();
    return byMember;
  }

  public Optional<MemberProfile> profile(String tenantId, String username) {
    return jdbc.sql("""
            select username, email, mail, away_from, away_to, stand_in from app.member_profile
            where tenant_id = :tenant and username = :user""")
        .param("tenant", tenantId).param("user", username).query((rs, n) -> profile(rs)).optional();
  }

  public Map<String, MemberProfile> profiles(String tenantId, Collection<String> usernames) {
    Map<String, MemberProfile> found = new HashMap<>();
    if (usernames.isEmpty()) {
      return found;
    }
    jdbc.sql("""
            select username, email, mail, away_from, away_to, stand_in from app.member_profile
            where tenant_id = :tenant and username = any(:users)""")
        .param("tenant", tenantId).param("users", usernames.toArray(String[]::new))
        .query((rs, n) -> found.put(rs.getString("username"), profile(rs))).list();
    return found;
  }

  /** Members away on {@code day} or later, soonest first. */
  public List<MemberProfile> away(String tenantId, LocalDate day, int limit) {
    return jdbc.sql("""
            select username, email, mail, away_from, away_to, stand_in from app.member_profile
            where tenant_id = :tenant and away_to >= :day order by away_from, username limit :limit""")
        .param("tenant", tenantId).param("day", day).param("limit", limit).query((rs, n) -> profile(rs)).list();
  }

  public void save(String tenantId, MemberProfile p, String by, Instant at) {
    jdbc.sql("""
            insert into app.member_profile (tenant_id, username, email, mail, away_from, away_to, stand_in, updated_at, updated_by)
            values (:tenant, :user, :email, :mail, :from, :to, :standIn, :at, :by)
            on conflict (tenant_id, username) do update set email = excluded.email, mail = excluded.mail,
                away_from = excluded.away_from, away_to = excluded.away_to, stand_in = excluded.stand_in,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
        .param("tenant", tenantId).param("user", p.username()).param("email", p.ownEmail() ? p.email() : null)
        .param("mail", p.mail() == MailChoice.DIGEST ? "digest" : "each").param("from", p.awayFrom())
        .param("to", p.awayTo()).param("standIn", p.standIn()).param("at", Timestamp.from(at)).param("by", by).update();
  }

  public Optional<Instant> scannedUntil(String tenantId) {
    return jdbc.sql("select scanned_until from app.notice_scan where tenant_id = :tenant").param("tenant", tenantId)
        .query(Timestamp.class).optional().map(Timestamp::toInstant);
  }

  public void scanned(String tenantId, Instant until) {
    jdbc.sql("""
            insert into app.notice_scan (tenant_id, scanned_until) values (:tenant, :until)
            on conflict (tenant_id) do update set scanned_until = excluded.scanned_until""")
        .param("tenant", tenantId).param("until", Timestamp.from(until)).update();
  }

  private static MemberProfile profile(java.sql.ResultSet rs) throws java.sql.SQLException {
    String email = rs.getString("email");
    return new MemberProfile(rs.getString("username"), email, email != null,
        "digest".equals(rs.getString("mail")) ? MailChoice.DIGEST : MailChoice.EACH,
        rs.getObject("away_from", LocalDate.class), rs.getObject("away_to", LocalDate.class), rs.getString("stand_in"));
  }
}
