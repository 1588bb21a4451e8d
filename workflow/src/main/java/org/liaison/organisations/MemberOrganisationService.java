package org.liaison.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.common.StaleRecordException;
import org.liaison.records.Changes;
import org.liaison.records.HistoryEntry;
import org.liaison.records.RecordHistory;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.RowSecurity;
import org.liaison.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current coalition's member organisations. Everyone in the coalition reads them; coordinators
 * and admins add them. Names are unique within a coalition, whatever their case.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MemberOrganisationService {

  private static final String SELECT = "select id, name, contact_email, version from app.member_organisation";

  /** The kind of record organisations are in the kernel's history. */
  public static final String KIND = "organisation";

  private final JdbcClient jdbc;
  private final InputValidator validator;
  private final RowSecurity rowSecurity;
  private final Clock clock;
  private final RecordHistory history;

  /**
   * The most member organisations a coalition records: each is called for HRR input in one
   * lifecycle, so the whole set is read at once and must stay bounded.
   */
  public static final int MAX = 500;

  /** The coalition's organisations by name (at most {@value #MAX}). */
  @Transactional(readOnly = true)
  public List<MemberOrganisation> list() {
    return in(TenantContext.current().tenantId());
  }

  /** How many organisations the coalition has recorded (each is called for HRR input). */
  @Transactional(readOnly = true)
  public int count() {
    return jdbc.sql("select count(*) from app.member_organisation where tenant_id = :t")
        .param("t", TenantContext.current().tenantId()).query(Integer.class).single();
  }

  /**
   * The organisations of the coalition an engine instance belongs to; for delegates, which run
   * without a signed-in user.
   */
  @Transactional(readOnly = true)
  public List<MemberOrganisation> forCoalition(String tenantId) {
    rowSecurity.bindTenant(tenantId);
    return in(tenantId);
  }

  /**
   * Adds an organisation; only coordinators and admins may. Bad input, or a name the coalition
   * already has: a message on the field, nothing saved.
   */
  @Transactional
  public MemberOrganisation add(NewMemberOrganisation input) {
    Actor actor = coordinator("add");
    validator.check(input);
    String name = input.name().strip();
    boolean taken = jdbc.sql("select count(*) from app.member_organisation where tenant_id = :t and lower(name) = lower(:name)")
        .param("t", actor.tenantId()).param("name", name).query(Integer.class).single() > 0;
    if (taken) {
      throw duplicate(name);
    }
    if (count() >= MAX) {
      throw InvalidInputException.of("name", "The coalition already records " + MAX + " member organisations, the "
          + "most Liaison calls for input at once; remove one that no longer takes part before adding another.");
    }
    UUID id = UUID.randomUUID();
    try {
      jdbc.sql("""
              insert into app.member_organisation (id, tenant_id, name, contact_email, created_at)
              values (:id, :t, :name, :email, :at)""")
          .param("id", id).param("t", actor.tenantId()).param("name", name)
          .param("email", input.contactEmail().strip()).param("at", Timestamp.from(clock.instant()))
          .update();
    } catch (DuplicateKeyException e) { // added meanwhile by someone else
      throw duplicate(name);
    }
    return new MemberOrganisation(id, name, input.contactEmail().strip(), 0);
  }

  /**
   * Corrects an organisation's name or address; only coordinators and admins may. Each changed field
   * goes into its history; if someone saved it after the user loaded {@code version},
   * {@link StaleRecordException} and nothing is saved.
   */
  @Transactional
  public MemberOrganisation edit(UUID id, int version, NewMemberOrganisation input) {
    Actor actor = coordinator("correct");
    validator.check(input);
    MemberOrganisation before = in(actor.tenantId(), id);
    String name = input.name().strip();
    boolean taken = jdbc.sql("select count(*) from app.member_organisation where tenant_id = :t and lower(name) = lower(:name)"
            + " and id <> :id")
        .param("t", actor.tenantId()).param("name", name).param("id", id).query(Integer.class).single() > 0;
    if (taken) {
      throw duplicate(name);
    }
    history.saveEdit(KIND, id.toString(), before.name(), Changes.of().field("name", before.name(), name)
        .field("contactEmail", before.contactEmail(), input.contactEmail()), () -> jdbc.sql("""
            update app.member_organisation set name = :name, contact_email = :email, version = version + 1
             where tenant_id = :t and id = :id and version = :v""")
        .param("name", name).param("email", input.contactEmail().strip()).param("t", actor.tenantId())
        .param("id", id).param("v", version).update());
    return in(actor.tenantId(), id);
  }

  /** Who changed which field of the organisation, when, oldest first. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> history(UUID id) {
    return history.of(KIND, in(TenantContext.current().tenantId(), id).id().toString());
  }

  private MemberOrganisation in(String tenantId, UUID id) {
    return jdbc.sql(SELECT + " where tenant_id = :t and id = :id").param("t", tenantId).param("id", id)
        .query(MemberOrganisationService::map).optional()
        .orElseThrow(() -> new NotFoundException("Member organisation " + id));
  }

  private static Actor coordinator(String what) {
    Actor actor = TenantContext.current();
    if (!actor.has(Role.COORDINATOR) && !actor.has(Role.ADMIN)) {
      throw new NotAllowedException("Only a coordinator or an admin of the coalition can " + what + " member organisations");
    }
    return actor;
  }

  private static InvalidInputException duplicate(String name) {
    return InvalidInputException.of("name", "The coalition already has a member organisation called " + name + ".");
  }

  private List<MemberOrganisation> in(String tenantId) {
    return jdbc.sql(SELECT + " where tenant_id = :t order by lower(name) limit " + MAX).param("t", tenantId)
        .query(MemberOrganisationService::map).list();
  }

  private static MemberOrganisation map(ResultSet rs, int n) throws SQLException {
    return new MemberOrganisation(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("contact_email"),
        rs.getInt("version"));
  }
}
