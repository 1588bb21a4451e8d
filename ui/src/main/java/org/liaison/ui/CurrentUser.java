package org.liaison.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.ExternalIdentity;
import org.liaison.accounts.SignedIn;
import org.liaison.security.SignedInPeople;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.security.TabCoalitions;
import org.liaison.security.TenantContextFilter;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Membership;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The signed-in person as the UI needs them: name, coalitions, the current one, switching, signing out. */
@SpringComponent
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CurrentUser {

  private final AuthenticationContext authentication;
  private final MembershipService memberships;
  private final Accounts accounts;
  private final SecurityContextHolderStrategy securityContexts;

  /** The signed-in person's Liaison username (with Keycloak: the person bound to the token's subject). */
  public String username() {
    return SignedIn.username().orElseGet(() -> authentication.getPrincipalName().orElse(""));
  }

  public boolean signedIn() {
    return authentication.isAuthenticated();
  }

  /** Whether the signed-in person is a platform admin (outside every coalition). */
  public boolean platformAdmin() {
    return signedIn() && accounts.isPlatformAdmin(username());
  }

  /** Whether the person signs in with a local account (and so has a password Liaison can change). */
  public boolean hasLocalAccount() {
    return signedIn() && accounts.hasLocalAccount(username());
  }

  /** What Keycloak says about the signed-in person, when they signed in through Keycloak. */
  public Optional<ExternalIdentity> keycloakIdentity() {
    return SignedInPeople.identityOf(securityContexts.getContext().getAuthentication());
  }

  /** Coalitions the person belongs to that are suspended, so nobody works in them now. */
  public List<Coalition> suspendedCoalitions() {
    return memberships.suspendedCoalitionsOf(username());
  }

  /** The actor of this request; empty when the person belongs to no coalition. */
  public Optional<Actor> actor() {
    return TenantContext.find();
  }

  public List<Membership> memberships() {
    return memberships.membershipsOf(username());
  }

  /**
   * Opens another of the person's coalitions in this browser tab (its workspace, reloaded). Other open
   * tabs keep theirs; new tabs open in this one, the last chosen.
   */
  public void switchTo(String tenantId) {
    memberships.actorFor(username(), tenantId); // refuses a coalition the person is not in
    VaadinSession.getCurrent().getSession().setAttribute(TenantContextFilter.SESSION_COALITION, tenantId);
    UI.getCurrent().getPage().setLocation("/?" + TabCoalitions.PARAMETER + "="
        + URLEncoder.encode(tenantId, StandardCharsets.UTF_8));
  }

  public void signOut() {
    authentication.logout();
  }
}
