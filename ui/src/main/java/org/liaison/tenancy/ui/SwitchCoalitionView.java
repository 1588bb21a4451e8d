package org.liaison.tenancy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Membership;
import org.liaison.tenancy.NotAMemberException;
import org.liaison.ui.CurrentUser;

/**
 * A link into a coalition ({@code /coalition/<id>}), e.g. from an e-mail. Opening the link changes
 * nothing: a link any page can trigger must not move the person's work into another coalition. The
 * page asks, and the person's click opens that coalition in this tab. Someone who is not a member
 * sees the page that says so; a member already working there goes straight on.
 */
@Route("coalition/:id")
@PermitAll
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SwitchCoalitionView extends VerticalLayout implements BeforeEnterObserver {

  private final CurrentUser user;

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("id").orElse("");
    Membership membership = user.memberships().stream().filter(m -> m.coalition().id().equals(id)).findFirst()
        .orElseThrow(() -> new NotAMemberException(user.username(), id));
    removeAll();
    setId("switch-coalition");
    String name = membership.coalition().name();
    String current = user.actor().map(Actor::tenantId).orElse(null);
    if (id.equals(current)) {
      add(new H2(getTranslation("coalition.open.already", name)));
      add(new Button(getTranslation("coalition.open.continue"), click -> UI.getCurrent().navigate("")));
      return;
    }
    add(new H2(getTranslation("coalition.open.title", name)));
    add(new Paragraph(getTranslation("coalition.open.text", name)));
    Button open = new Button(getTranslation("coalition.open.confirm", name), click -> user.switchTo(id));
    open.setId("open-coalition");
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button stay = new Button(getTranslation("coalition.open.stay", current == null ? "" : user.memberships().stream()
        .filter(m -> m.coalition().id().equals(current)).map(m -> m.coalition().name()).findFirst().orElse("")),
        click -> UI.getCurrent().navigate(""));
    stay.setId("stay-in-coalition");
    stay.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    add(new HorizontalLayout(open, stay));
  }
}
