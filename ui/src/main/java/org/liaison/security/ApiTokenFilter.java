package org.liaison.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.accounts.ApiTokens;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API requests with a personal API token ({@code Authorization: Bearer lia_…}, local accounts): the
 * token says who and in which coalition; an unknown, expired or revoked one is 401. Other requests
 * pass on to HTTP Basic.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final SecurityContextHolderStrategy securityContexts;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    if (!ApiTokens.looksLikeOurs(presented)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiTokens.TokenHolder> holder = tokens.holderOf(presented);
    if (holder.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", "Sign-in required",
          "This API token is unknown, expired or revoked: create a new one under Your account");
      return;
    }
    SecurityContext context = securityContexts.createEmptyContext();
    context.setAuthentication(new TokenAuthentication(holder.get()));
    securityContexts.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      securityContexts.clearContext();
    }
  }

  /** A request signed in with a personal API token: the person, bound to the token's coalition. */
  static final class TokenAuthentication extends AbstractAuthenticationToken {

    private final transient ApiTokens.TokenHolder holder;

    TokenAuthentication(ApiTokens.TokenHolder holder) {
      super(List.of(new SimpleGrantedAuthority("ROLE_USER")));
      this.holder = holder;
      setAuthenticated(true);
    }

    String tenantId() {
      return holder.tenantId();
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return holder.username();
    }

    @Override
    public String getName() {
      return holder.username();
    }
  }
}
