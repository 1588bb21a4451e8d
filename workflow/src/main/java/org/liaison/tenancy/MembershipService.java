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

  /**
   * The coalitions a user belongs to and may work in now, ordered by coalition name. A suspended
   * coalition is not among them: nobody signs in to it (see {@link #suspendedCoalitionsOf}).
   */
  @Transactional(readOnly = true)
  public List<Membership> membershipsOf(String username) {
    rowSecurity.bindUser(username); // row security shows a user their own memberships
    Map<String, Coalition> coalitions = new LinkedHashMap<>();
    Map<String, Set<Role>> roles = new LinkedHashMap<>();
    jdbc.sql("""
            select t.id, t.name, t.reference_prefix, m.role
              from app.membership m join app.tenant t on t.id = m.tenant_id
             where m.username = :username and t.status = 'active'
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

  /** The most names {@link #choices()} offers. */
  public static final int CHOICES_MAX = 500;

  /**
   * The user names of the current coalition's people for a picker (a holder filter, a stand-in, a
   * colleague), sorted, at most {@value #CHOICES_MAX}.
   */
  @Transactional(readOnly = true)
  public List<String> choices() {
    return jdbc.sql("select distinct username from app.membership where tenant_id = :tenant order by username limit :max")
        .param("tenant", TenantContext.current().tenantId()).param("max", CHOICES_MAX)
        .query(String.class)
        .list();
  }

  /** The suspended coalitions a user belongs to, by name: to tell them why they cannot work there. */
  @Transactional(readOnly = true)
  public List<Coalition> suspendedCoalitionsOf(String username) {
    rowSecurity.bindUser(username);
    return jdbc.sql("""
            select distinct t.id, t.name, t.reference_prefix
              from app.membership m join app.tenant t on t.id = m.tenant_id
             where m.username = :username and t.status = 'suspended'
             order by t.name""")
        .param("username", username)
        .query((rs, n) -> new Coalition(rs.getString("id"), rs.getString("name"), rs.getString("reference_prefix")))
        .list();
  }

  /**
   * Each person of a coalition with their roles there, by username; for administering the
   * coalition's membership (the caller checks who may).
   */
  @Transactional(readOnly = true)
  public Map<String, Set<Role>> rolesByMember(String tenantId) {
    rowSecurity.bindTenant(tenantId);
    Map<String, Set<Role>> result = new java.util.TreeMap<>();
    jdbc.sql("select username, role from app.membership where tenant_id = :tenant")
        .param("tenant", tenantId)
        .query((rs, n) -> result.computeIfAbsent(rs.getString("username"), k -> EnumSet.noneOf(Role.class))
            .add(Role.fromKey(rs.getString("role"))))
        .list();
    return result;
  }

  /**
   * A page of a coalition's people with their roles, by username (at most {@value #PAGE_MAX}); for
   * administering the coalition's membership (the caller checks who may).
   */
  @Transactional(readOnly = true)
  public Map<String, Set<Role>> rolesByMember(String tenantId, int offset, int limit) {
    rowSecurity.bindTenant(tenantId);
    Map<String, Set<Role>> result = new java.util.LinkedHashMap<>();
    jdbc.sql("""
            select m.username, m.role from app.membership m
              join (select username from app.membership where tenant_id = :tenant
                     group by username order by username offset :offset limit :limit) page on page.username = m.username
             where m.tenant_id = :tenant order by m.username""")
        .param("tenant", tenantId).param("offset", Math.max(0, offset)).param("limit", Math.max(0, Math.min(limit, PAGE_MAX)))
        .query((rs, n) -> result.computeIfAbsent(rs.getString("username"), k -> EnumSet.noneOf(Role.class))
            .add(Role.fromKey(rs.getString("role"))))
        .list();
    return result;
  }

  /** How many people belong to a coalition (any role). */
  @Transactional(readOnly = true)
  public int memberCount(String tenantId) {
    rowSecurity.bindTenant(tenantId);
    return jdbc.sql("select count(distinct username) from app.membership where tenant_id = :tenant")
        .param("tenant", tenantId).query(Integer.class).single();
  }

  /** The most people one page of {@link #rolesByMember(String, int, int)} holds. */
  public static final int PAGE_MAX = 100;

  /** A person's roles in a coalition; empty when they are not a member. */
  @Transactional(readOnly = true)
  public Set<Role> rolesOf(String tenantId, String username) {
    rowSecurity.bindTenant(tenantId);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    jdbc.sql("select role from app.membership where tenant_id = :tenant and username = :username")
        .param("tenant", tenantId)
        .param("username", username)
        .query(String.class)
        .list()
        .forEach(r -> roles.add(Role.fromKey(r)));
    return roles;
  }

  /**
   * Serialises changes to one coalition's memberships until the transaction ends, so two
   * coordinators demoting each other at the same moment cannot leave the coalition without one.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void lockMemberships(String tenantId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended('membership:' || :tenant, 0))")
        .param("tenant", tenantId).query().singleRow();
  }

  /** Makes a person's roles in a coalition exactly {@code roles} (not empty; see {@link #remove}). */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void setRoles(String tenantId, String username, Set<Role> roles) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("A member keeps at least one role; remove them instead");
    }
    rowSecurity.bindTenant(tenantId);
    jdbc.sql("delete from app.membership where tenant_id = :tenant and username = :username and not (role = any(:roles))")
        .param("tenant", tenantId)
        .param("username", username)
        .param("roles", roles.stream().map(Role::key).toArray(String[]::new))
        .update();
    grant(tenantId, username, roles);
  }

  /** Removes a person from a coalition (all their roles there). Returns whether they were a member. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public boolean remove(String tenantId, String username) {
    rowSecurity.bindTenant(tenantId);
    return jdbc.sql("delete from app.membership where tenant_id = :tenant and username = :username")
        .param("tenant", tenantId)
        .param("username", username)
        .update() > 0;
  }

  @Transactional(readOnly = true)
  public Optional<Coalition> coalition(String tenantId) {
    return jdbc.sql("select id, name, reference_prefix from app.tenant where id = :id")
        .param("id", tenantId)
        .query((rs, n) -> new Coalition(rs.getString("id"), rs.getString("name"), rs.getString("reference_prefix")))
        .optional();
  }

  /** The coalition's time zone (app.tenant.time_zone): the screens' clock when a person's is not known. */
  @Transactional(readOnly = true)
  public Optional<java.time.ZoneId> timeZoneOf(String tenantId) {
    return jdbc.sql("select time_zone from app.tenant where id = :id").param("id", tenantId).query(String.class)
        .optional().flatMap(id -> {
          try {
            return Optional.of(java.time.ZoneId.of(id));
          } catch (java.time.DateTimeException unknown) {
            return Optional.empty();
          }
        });
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
