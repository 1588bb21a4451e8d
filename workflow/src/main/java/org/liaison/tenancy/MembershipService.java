package org.liaison.tenancy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coalitions and memberships. The membership table is authoritative: an identity provider only
 * says who a user is, Liaison decides which coalitions they may act for and with which roles.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MembershipService {

  private final JdbcClient jdbc;
  private final RowSecurity rowSecurity;

  /** The coalitions a user belongs to, ordered by coalition name. */
  @Transactional(readOnly = true)
  public List<Membership> membershipsOf(String username) {
    rowSecurity.bindUser(username); // row security shows a user their own memberships
    Map<String, Coalition> coalitions = new LinkedHashMap<>();
    Map<String, Set<Role>> roles = new LinkedHashMap<>();
    jdbc.sql("""
            select t.id, t.name, t.reference_prefix, m.role
              from app.membership m join app.tenant t on t.id = m.tenant_id
             where m.username = :username
             order by t.name, m.role""")
        .param("username", username)
        .query((rs, n) -> {
          String id = rs.getString("id");
          coalitions.putIfAbsent(id, new Coalition(id, rs.getString("name"), rs.getString("reference_prefix")));
          roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class)).add(Role.fromKey(rs.getString("role")));
          return id;
        })
        .list();
    List<Membership> result = new ArrayList<>();
    coalitions.forEach((id, coalition) -> result.add(new Membership(coalition, roles.get(id))));
    return result;
  }

  /** The actor for a user in a coalition they chose; refuses a coalition they do not belong to. */
  @Transactional(readOnly = true)
  public Actor actorFor(String username, String tenantId) {
    return membershipsOf(username).stream()
        .filter(m -> m.coalition().id().equals(tenantId))
        .findFirst()
        .map(m -> m.actor(username))
        .orElseThrow(() -> new NotAMemberException(username, tenantId));
  }

  /** The user names of the current coalition's people (any role), sorted; for choosing who does something. */
  @Transactional(readOnly = true)
  public List<String> members() {
    return jdbc.sql("select distinct username from app.membership where tenant_id = :tenant order by username")
        .param("tenant", TenantContext.current().tenantId())
        .query(String.class)
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<Coalition> coalition(String tenantId) {
    return jdbc.sql("select id, name, reference_prefix from app.tenant where id = :id")
        .param("id", tenantId)
        .query((rs, n) -> new Coalition(rs.getString("id"), rs.getString("name"), rs.getString("reference_prefix")))
        .optional();
  }

  /** Creates the coalition if it does not exist yet; returns true when it was created. */
  @Transactional
  public boolean ensureCoalition(Coalition coalition) {
    return jdbc.sql("""
            insert into app.tenant (id, name, reference_prefix) values (:id, :name, :prefix)
            on conflict (id) do nothing""")
        .param("id", coalition.id())
        .param("name", coalition.name())
        .param("prefix", coalition.referencePrefix())
        .update() == 1;
  }

  /** Grants roles in a coalition; granting a role the user already has changes nothing. */
  @Transactional
  public void grant(String tenantId, String username, Set<Role> grantedRoles) {
    rowSecurity.bindTenant(tenantId);
    for (Role role : grantedRoles) {
      jdbc.sql("""
              insert into app.membership (tenant_id, username, role) values (:tenant, :username, :role)
              on conflict do nothing""")
          .param("tenant", tenantId)
          .param("username", username)
          .param("role", role.key())
          .update();
    }
  }
}
