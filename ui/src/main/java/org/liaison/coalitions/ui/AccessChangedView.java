package org.liaison.coalitions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.liaison.coalitions.AccessChange;
import org.liaison.coalitions.MemberAdministration;
import org.liaison.tenancy.Membership;
import org.liaison.ui.CurrentUser;
import org.liaison.ui.Labels;

/**
 * Where an open page goes when the person's access changed under it (see
 * {@code org.liaison.ui.AccessChanges}): says what changed in the coalition the page worked in, by
 * whom and when, and lets them continue with what they may do now.
 */
@Route(value = "access-changed/:coalition", autoLayout = false)
@PageTitle("Your access changed · Liaison")
@StyleSheet("context://styles/liaison.css")
@PermitAll
class AccessChangedView extends VerticalLayout implements BeforeEnterObserver {

  private final MemberAdministration admin;
  private final CurrentUser user;

  AccessChangedView(MemberAdministration admin, CurrentUser user) {
    this.admin = admin;
    this.user = user;
    setId("access-changed");
    setMaxWidth("44em");
    getStyle().set("margin", "0 auto");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String coalition = event.getRouteParameters().get("coalition").orElse("-");
    AccessChange change = admin.accessChange(coalition);
    removeAll();
    add(new H1(getTranslation("app.name")));
    String name = change.coalitionName().isBlank() ? coalition : change.coalitionName();
    Paragraph text = new Paragraph(switch (change.kind()) {
      case REMOVED -> getTranslation("accessChanged.removed", name, change.by(), Labels.when(change.at()));
      case ROLES_CHANGED -> getTranslation("accessChanged.roles", name, change.by(), Labels.when(change.at()),
          RoleChoice.words(this, change.roles()));
      case SUSPENDED -> getTranslation("accessChanged.suspended", name, Labels.when(change.at()), change.reason());
      case NONE -> getTranslation("accessChanged.elsewhere", name,
          user.actor().flatMap(a -> user.memberships().stream().filter(m -> m.coalition().id().equals(a.tenantId()))
              .map(Membership::coalition).map(c -> c.name()).findFirst()).orElse(getTranslation("coalition.none")));
    });
    text.setId("access-changed-text");
    Button carryOn = new Button(getTranslation("accessChanged.continue"), e -> UI.getCurrent().getPage().setLocation("/"));
    carryOn.setId("access-changed-continue");
    carryOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation("accessChanged.title." + change.kind().name())), text, carryOn);
  }
}
