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
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Membership;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.NotAMemberException;
import org.liaison.tenancy.TenantContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the request's {@link TenantContext} from the signed-in user and the coalition chosen in the
 * session (the first of the user's coalitions until they choose). The membership table is checked
 * on every request, so a revoked membership takes effect at once. Cleared after the request. The
 * request's {@code isUserInRole} answers with the roles in that coalition.
 */
public class TenantContextFilter extends OncePerRequestFilter {

  /** Session attribute holding the id of the coalition the user works in. */
  public static final String SESSION_COALITION = "liaison.coalition";

  private final MembershipService memberships;

  public TenantContextFilter(MembershipService memberships) {
    this.memberships = memberships;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    Optional<Actor> actor = Optional.empty();
    if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
      actor = resolve(auth.getName(), request);
      actor.ifPresent(TenantContext::set);
    }
    try {
      chain.doFilter(actor.<HttpServletRequest>map(a -> new CoalitionRoles(request, a)).orElse(request), response);
    } finally {
      TenantContext.clear();
    }
  }

  /**
   * Answers {@code isUserInRole} with the person's roles in the coalition they work in now, so that
   * {@code @RolesAllowed("security")} on a screen means "a security focal point of this coalition".
   */
  static final class CoalitionRoles extends HttpServletRequestWrapper {

    private final Actor actor;

    CoalitionRoles(HttpServletRequest request, Actor actor) {
      super(request);
      this.actor = actor;
    }

    @Override
    public boolean isUserInRole(String role) {
      return actor.roles().stream().anyMatch(r -> r.key().equalsIgnoreCase(role)) || super.isUserInRole(role);
    }
  }

  private Optional<Actor> resolve(String username, HttpServletRequest request) {
    HttpSession session = request.getSession(false);
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
