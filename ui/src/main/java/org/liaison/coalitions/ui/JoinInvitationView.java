package org.liaison.coalitions.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.liaison.coalitions.Invitations;
import org.liaison.security.PasswordSignIn;
import org.liaison.ui.CurrentUser;
import org.springframework.beans.factory.annotation.Value;

/**
 * The same invitation for someone who signs in first ({@code …/join}): opening it signed out leads
 * through the sign-in (local or Keycloak) and back here, to accept as the person signed in.
 */
@Route(value = "invitation/:coalition/:token/join", autoLayout = false)
@PageTitle("Invitation · Liaison")
@PermitAll
class JoinInvitationView extends InvitationPage {

  JoinInvitationView(Invitations invitations, CurrentUser user, PasswordSignIn signIn,
      @Value("${liaison.auth:local}") String auth) {
    super(invitations, user, signIn, auth);
  }
}
