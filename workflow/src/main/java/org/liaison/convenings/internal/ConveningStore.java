package org.liaison.convenings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.records.Found;
import org.liaison.records.ListQuery;
import org.liaison.records.Listing;
import org.liaison.convenings.Convening;
import org.liaison.convenings.ConveningFormat;
import org.liaison.convenings.ConveningStatus;
import org.liaison.convenings.Hosting;
import org.liaison.convenings.Invitation;
import org.liaison.convenings.NewInvitee;
import org.liaison.convenings.Rsvp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The convening tables. Every statement names the coalition; row-level security would hide others anyway. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConveningStore {

  private static final String COLUMNS = """
      id, reference, title, format, hosting, embassy_id, starts_at, place, link, agenda, rsvp_deadline,
             status, outcomes, owner, created_at""";
  private static final String SELECT = "select " + COLUMNS + " from app.convening";
  private static final Map<String, String> SORTABLE = Map.of("reference", "reference", "title", "lower(title)",
      "starts", "starts_at", "status", "status", "owner", "owner", "format", "format");
  private static final String SELECT_INVITATION =
      "select id, invitee_name, email, rsvp, responded_at, invited_at from app.convening_invitation";

  private final JdbcClient jdbc;

  public void insert(String tenantId, Convening c, Instant now) {
    jdbc.sql("""
            insert into app.convening (id, tenant_id, reference, title, format, hosting, embassy_id, starts_at, place,
                link, agenda, rsvp_deadline, status, owner, created_at, updated_at)
            values (:id, :t, :reference, :title, :format, :hosting, :embassy, :startsAt, :place, :link, :agenda,
                :deadline, :status, :owner, :now, :now)""")
        .param("id", c.id()).param("t", tenantId).param("reference", c.reference()).param("title", c.title())
        .param("format", c.format().name()).param("hosting", c.hosting().name()).param("embassy", c.embassyId())
        .param("startsAt", Timestamp.from(c.startsAt())).param("place", c.place()).param("link", c.link())
        .param("agenda", c.agenda()).param("deadline", Timestamp.from(c.rsvpDeadline()))
        .param("status", c.status().name()).param("owner", c.owner()).param("now", Timestamp.from(now))
        .update();
  }

  public void insertInvitations(String tenantId, UUID conveningId, List<NewInvitee> invitees) {
    for (int i = 0; i < invitees.size(); i++) {
      NewInvitee invitee = invitees.get(i);
      jdbc.sql("""
              insert into app.convening_invitation (id, tenant_id, convening_id, position, invitee_name, email)
              values (:id, :t, :c, :position, :name, :email)""")
          .param("id", UUID.randomUUID()).param("t", tenantId).param("c", conveningId).param("position", i)
          .param("name", invitee.name().strip()).param("email", invitee.email().strip()).update();
    }
  }

  public void runBy(String tenantId, UUID id, String processInstanceId) {
    jdbc.sql("update app.convening set process_instance_id = :pi where tenant_id = :t and id = :id")
        .param("pi", processInstanceId).param("t", tenantId).param("id", id).update();
  }

  /** How the inbox names these records, by reference; one query for a page of tasks. */
  public java.util.Map<String, org.liaison.records.RecordTitle> titles(String tenantId, java.util.Set<String> references) {
    if (references.isEmpty()) {
      return java.util.Map.of();
    }
    return jdbc.sql("select reference, title from app.convening where tenant_id = :t and reference in (:refs)")
        .param("t", tenantId).param("refs", references)
        .query((rs, n) -> java.util.Map.entry(rs.getString(1), org.liaison.records.RecordTitle.of("title.convening", rs.getString(2))))
        .list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
            java.util.Map.Entry::getValue));
  }

  public Optional<Convening> byReference(String tenantId, String reference) {
    return jdbc.sql(SELECT + " where tenant_id = :t and reference = :r").param("t", tenantId).param("r", reference)
        .query(ConveningStore::convening).optional();
  }

  public Optional<Convening> byId(String tenantId, UUID id) {
    return jdbc.sql(SELECT + " where tenant_id = :t and id = :id").param("t", tenantId).param("id", id)
        .query(ConveningStore::convening).optional();
  }

  /** A page of the current coalition's convenings: found by words of the reference, title, agenda or place. */
  public Found<Convening> find(ListQuery query, int offset, int limit) {
    return Listing.of("app.convening", "tenant_id").search("search", "reference", query.text())
        .filter("status = :status", "status", query.status(ConveningStatus.class))
        .filter("owner = :owner", "owner", query.owner())
        .orderBy(SORTABLE, query.sort(), query.descending(), "starts", "id")
        .fetch(jdbc, COLUMNS, offset, limit, ConveningStore::convening);
  }

  public List<Convening> all(String tenantId) {
    return jdbc.sql(SELECT + " where tenant_id = :t order by starts_at desc, reference desc limit 200").param("t", tenantId)
        .query(ConveningStore::convening).list();
  }

  public List<Convening> byReferences(String tenantId, List<String> references) {
    return jdbc.sql(SELECT + " where tenant_id = :t and reference in (:refs)").param("t", tenantId)
        .param("refs", references).query(ConveningStore::convening).list();
  }

  public void moveTo(String tenantId, UUID id, ConveningStatus status, Instant now) {
    jdbc.sql("update app.convening set status = :s, updated_at = :now where tenant_id = :t and id = :id")
        .param("s", status.name()).param("now", Timestamp.from(now)).param("t", tenantId).param("id", id).update();
  }

  public void recordOutcomes(String tenantId, UUID id, String outcomes, Instant now) {
    jdbc.sql("""
            update app.convening set status = 'HELD', outcomes = :o, updated_at = :now
             where tenant_id = :t and id = :id""")
        .param("o", outcomes).param("now", Timestamp.from(now)).param("t", tenantId).param("id", id).update();
  }

  /** The convening's invitations in the order they were entered: the same list on every call. */
  public List<Invitation> invitations(String tenantId, UUID conveningId) {
    return jdbc.sql(SELECT_INVITATION + " where tenant_id = :t and convening_id = :c order by position")
        .param("t", tenantId).param("c", conveningId).query(ConveningStore::invitation).list();
  }

  public List<UUID> invitationIds(String tenantId, UUID conveningId) {
    return jdbc.sql("select id from app.convening_invitation where tenant_id = :t and convening_id = :c order by position")
        .param("t", tenantId).param("c", conveningId).query(UUID.class).list();
  }

  /** An invitation with the id of its convening. */
  public Optional<InvitationOf> invitation(String tenantId, UUID invitationId) {
    return jdbc.sql(SELECT_INVITATION.replace("select id,", "select id, convening_id,") + " where tenant_id = :t and id = :id")
        .param("t", tenantId).param("id", invitationId)
        .query((rs, n) -> new InvitationOf(rs.getObject("convening_id", UUID.class), invitation(rs, n))).optional();
  }

  public record InvitationOf(UUID conveningId, Invitation invitation) {}

  public void markInvited(String tenantId, UUID invitationId, Instant now) {
    jdbc.sql("update app.convening_invitation set invited_at = coalesce(invited_at, :now) where tenant_id = :t and id = :id")
        .param("now", Timestamp.from(now)).param("t", tenantId).param("id", invitationId).update();
  }

  public void recordRsvp(String tenantId, UUID invitationId, Rsvp rsvp, Instant now) {
    jdbc.sql("update app.convening_invitation set rsvp = :r, responded_at = :now where tenant_id = :t and id = :id")
        .param("r", rsvp.name()).param("now", rsvp == Rsvp.PENDING ? null : Timestamp.from(now))
        .param("t", tenantId).param("id", invitationId).update();
  }

  private static Convening convening(ResultSet rs, int n) throws SQLException {
    return new Convening(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"),
        ConveningFormat.valueOf(rs.getString("format")), Hosting.valueOf(rs.getString("hosting")),
        rs.getObject("embassy_id", UUID.class), rs.getTimestamp("starts_at").toInstant(), rs.getString("place"),
        rs.getString("link"), rs.getString("agenda"), rs.getTimestamp("rsvp_deadline").toInstant(),
        ConveningStatus.valueOf(rs.getString("status")), rs.getString("outcomes"), rs.getString("owner"),
        rs.getTimestamp("created_at").toInstant());
  }

  private static Invitation invitation(ResultSet rs, int n) throws SQLException {
    Timestamp responded = rs.getTimestamp("responded_at");
    Timestamp invited = rs.getTimestamp("invited_at");
    return new Invitation(rs.getObject("id", UUID.class), rs.getString("invitee_name"), rs.getString("email"),
        Rsvp.valueOf(rs.getString("rsvp")), responded == null ? null : responded.toInstant(),
        invited == null ? null : invited.toInstant());
  }
}
