package org.liaison.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.security.TenantContextFilter;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Membership;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;

/** The signed-in person as the UI needs them: name, coalitions, the current one, switching, signing out. */
@SpringComponent
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CurrentUser {

  private final AuthenticationContext authentication;
  private final MembershipService memberships;

  public String username() {
    return authentication.getPrincipalName().orElse("");
  }

  /** The actor of this request; empty when the person belongs to no coalition. */
  public Optional<Actor> actor() {
    return TenantContext.find();
  }

  public List<Membership> memberships() {
    return memberships.membershipsOf(username());
  }

  /** Switches the session to another of the person's coalitions and reloads the workspace. */
  public void switchTo(String tenantId) {
    memberships.actorFor(username(), tenantId); // refuses a coalition the person is not in
    VaadinSession.getCurrent().getSession().setAttribute(TenantContextFilter.SESSION_COALITION, tenantId);
    UI.getCurrent().getPage().setLocation("/");
  }

  public void signOut() {
    authentication.logout();
  }
}
