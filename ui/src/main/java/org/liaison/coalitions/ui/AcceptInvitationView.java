package org.liaison.coalitions.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.liaison.coalitions.Invitations;
import org.liaison.security.PasswordSignIn;
import org.liaison.ui.CurrentUser;
import org.springframework.beans.factory.annotation.Value;

/** An invitation link, open to anyone holding it: {@code /invitation/<coalition>/<token>}. */
@Route(value = "invitation/:coalition/:token", autoLayout = false)
@PageTitle("Invitation · Liaison")
@AnonymousAllowed
class AcceptInvitationView extends InvitationPage {

  AcceptInvitationView(Invitations invitations, CurrentUser user, PasswordSignIn signIn,
      @Value("${liaison.auth:local}") String auth) {
    super(invitations, user, signIn, auth);
  }
}
