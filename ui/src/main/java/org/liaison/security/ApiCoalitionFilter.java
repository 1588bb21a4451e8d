package org.liaison.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.liaison.accounts.SignedIn;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Membership;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.NotAMemberException;
import org.liaison.tenancy.TenantContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The coalition of an API request: the one named in the {@code X-Coalition} header, checked
 * against the membership table (403 if the caller is not a member); without the header, the
 * caller's only coalition, if they have exactly one.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiCoalitionFilter extends OncePerRequestFilter {

  static final String HEADER = "X-Coalition";

  private final MembershipService memberships;
  private final SignedInPeople people;
  private final SecurityContextHolderStrategy securityContexts;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = securityContexts.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    String username = people.usernameOf(auth);
    String requested = request.getHeader(HEADER);
    Actor actor;
    try {
      if (auth instanceof ApiTokenFilter.TokenAuthentication token) {
        if (requested != null && !requested.isBlank() && !requested.strip().equals(token.tenantId())) {
          Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "token-coalition", "Token for another coalition",
              "This API token works in coalition '" + token.tenantId() + "' only; create one for '" + requested.strip()
                  + "' under Your account");
          return;
        }
        requested = token.tenantId();
        actor = memberships.actorFor(username, requested);
      } else if (requested != null && !requested.isBlank()) {
        actor = memberships.actorFor(username, requested.strip());
      } else {
        List<Membership> all = memberships.membershipsOf(username);
        if (all.size() != 1) {
          Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "coalition-required", "Coalition required",
              "Name one of your coalitions in the " + HEADER + " header");
          return;
        }
        actor = all.get(0).actor(username);
      }
    } catch (NotAMemberException e) {
      Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "not-a-member", "Not a member of this coalition",
          "You are not a member of coalition '" + requested.strip() + "'; name one of your coalitions in the "
              + HEADER + " header");
      return;
    }
    TenantContext.set(actor);
    SignedIn.set(username);
    try {
      chain.doFilter(request, response);
    } finally {
      TenantContext.clear();
      SignedIn.clear();
    }
  }
}
