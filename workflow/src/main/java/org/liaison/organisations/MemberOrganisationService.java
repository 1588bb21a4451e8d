package org.liaison.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
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
public class MemberOrganisationService {

  private static final String SELECT = "select id, name, contact_email from app.member_organisation";

  private final JdbcClient jdbc;
  private final InputValidator validator;
  private final RowSecurity rowSecurity;
  private final Clock clock;

  MemberOrganisationService(JdbcClient jdbc, InputValidator validator, RowSecurity rowSecurity, Clock clock) {
    this.jdbc = jdbc;
    this.validator = validator;
    this.rowSecurity = rowSecurity;
    this.clock = clock;
  }

  /** The coalition's organisations by name. */
  @Transactional(readOnly = true)
  public List<MemberOrganisation> list() {
    return in(TenantContext.current().tenantId());
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
    Actor actor = TenantContext.current();
    if (!actor.has(Role.COORDINATOR) && !actor.has(Role.ADMIN)) {
      throw new NotAllowedException("Only a coordinator or an admin of the coalition can add member organisations");
    }
    validator.check(input);
    String name = input.name().strip();
    boolean taken = jdbc.sql("select count(*) from app.member_organisation where tenant_id = :t and lower(name) = lower(:name)")
        .param("t", actor.tenantId()).param("name", name).query(Integer.class).single() > 0;
    if (taken) {
      throw duplicate(name);
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
    return new MemberOrganisation(id, name, input.contactEmail().strip());
  }

  private static InvalidInputException duplicate(String name) {
    return InvalidInputException.of("name", "The coalition already has a member organisation called " + name + ".");
  }

  private List<MemberOrganisation> in(String tenantId) {
    return jdbc.sql(SELECT + " where tenant_id = :t order by lower(name)").param("t", tenantId)
        .query(MemberOrganisationService::map).list();
  }

  private static MemberOrganisation map(ResultSet rs, int n) throws SQLException {
    return new MemberOrganisation(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("contact_email"));
  }
}
