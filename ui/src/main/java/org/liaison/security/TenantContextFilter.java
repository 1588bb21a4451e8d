package org.liaison.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.SignedIn;
import lombok.RequiredArgsConstructor;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Membership;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.NotAMemberException;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the request's {@link TenantContext} from the signed-in user and the coalition chosen in the
 * session (the first of the user's coalitions until they choose), and {@link SignedIn} to the person
 * (see {@link SignedInPeople}). The membership table is checked on every request, so a revoked
 * membership or a suspended coalition takes effect at once; an open page notices at its next click
 * ({@code org.liaison.ui.AccessChanges}). Cleared after the request. The person's roles in that
 * coalition are the request's roles (see {@link CoalitionRoles}).
 */
@RequiredArgsConstructor
public class TenantContextFilter extends OncePerRequestFilter {

  /**
   * Session attribute holding the id of the coalition the person chose last: where a new tab opens
   * when its address names none. An open tab keeps its own ({@link TabCoalitions}).
   */
  public static final String SESSION_COALITION = "liaison.coalition";

  /** The role name of platform admins for {@code @RolesAllowed}: outside every coalition. */
  public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

  private final MembershipService memberships;
  private final SignedInPeople people;
  private final Accounts accounts;
  /**
   * This application's holder of the security context (a bean, not the JVM-wide static one, which
   * another application in the same JVM, such as a second test context, replaces).
   */
  private final SecurityContextHolderStrategy securityContexts;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = securityContexts.getContext().getAuthentication();
    Optional<Actor> actor = Optional.empty();
    String username = null;
    if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
      username = people.usernameOf(auth);
      SignedIn.set(username);
      actor = resolve(username, request);
      actor.ifPresent(TenantContext::set);
    }
    try {
      chain.doFilter(new CoalitionRoles(request, actor.orElse(null), username, accounts), response);
    } finally {
      TenantContext.clear();
      SignedIn.clear();
    }
  }

  /**
   * The request as the screens see it: {@code isUserInRole("COORDINATOR")} (and the other
   * {@link Role} names) is true when the person holds that role in the coalition they work in now,
   * so {@code @RolesAllowed} on a view means "in the current coalition"; {@code PLATFORM_ADMIN} is true
   * for platform admins. Roles come only from Liaison's tables, never from the identity provider;
   * other role names are answered as before.
   */
  static final class CoalitionRoles extends HttpServletRequestWrapper {

    private final Actor actor;
    private final String username;
    private final Accounts accounts;
    private Boolean platformAdmin;

    CoalitionRoles(HttpServletRequest request, Actor actor, String username, Accounts accounts) {
      super(request);
      this.actor = actor;
      this.username = username;
      this.accounts = accounts;
    }

    @Override
    public boolean isUserInRole(String role) {
      for (Role coalitionRole : Role.values()) {
        if (coalitionRole.name().equals(role)) {
          return actor != null && actor.has(coalitionRole);
        }
      }
      if (PLATFORM_ADMIN.equals(role)) {
        if (platformAdmin == null) {
          platformAdmin = username != null && accounts.isPlatformAdmin(username);
        }
        return platformAdmin;
      }
      return super.isUserInRole(role);
    }
  }

  /**
   * The actor of a request: in the coalition of the page (browser tab) it comes from, when it comes
   * from an open page (see {@link TabCoalitions}); a page whose coalition the person no longer
   * belongs to gets none (never another coalition: the page is told its access changed). A new page
   * works in the coalition its address asks for, else the one chosen last, else the first.
   */
  private Optional<Actor> resolve(String username, HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Optional<Integer> ui = TabCoalitions.uiOf(request);
    if (session != null && ui.isPresent()) {
      Optional<String> ofTab = TabCoalitions.of(session).coalitionOf(ui.get());
      if (ofTab.isPresent()) {
        try {
          return Optional.of(memberships.actorFor(username, ofTab.get()));
        } catch (NotAMemberException revoked) {
          return Optional.empty();
        }
      }
    }
    Optional<String> asked = TabCoalitions.requestedBy(request);
    if (asked.isPresent()) {
      try {
        return Optional.of(memberships.actorFor(username, asked.get()));
      } catch (NotAMemberException notTheirs) {
        // an address naming a coalition the person is not in opens their usual one
      }
    }
    Object chosen = session == null ? null : session.getAttribute(SESSION_COALITION);
    if (chosen instanceof String tenantId) {
      try {
        return Optional.of(memberships.actorFor(username, tenantId));
      } catch (NotAMemberException revoked) {
        session.removeAttribute(SESSION_COALITION);
      }
    }
    List<Membership> all = memberships.membershipsOf(username);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    Membership first = all.get(0);
    request.getSession().setAttribute(SESSION_COALITION, first.coalition().id());
    return Optional.of(first.actor(username));
  }
}
