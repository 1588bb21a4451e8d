package org.liaison.tenancy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.ui.CurrentUser;

/**
 * A link into a coalition ({@code /coalition/<id>}), e.g. from an e-mail: switches the session to
 * that coalition if the person is a member, else shows the 403 page that says they are not.
 */
@Route("coalition/:id")
@PermitAll
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SwitchCoalitionView extends Div implements BeforeEnterObserver {

  private final CurrentUser user;

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    user.switchTo(event.getRouteParameters().get("id").orElse("")); // NotAMemberException → NotAMemberView
  }
}
