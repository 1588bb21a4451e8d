package org.liaison.coalitions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinSession;
import org.liaison.accounts.NewAccount;
import org.liaison.accounts.PasswordRule;
import org.liaison.coalitions.InvitationDetails;
import org.liaison.coalitions.InvitationNotUsableException;
import org.liaison.coalitions.InvitationState;
import org.liaison.coalitions.Invitations;
import org.liaison.common.InvalidInputException;
import org.liaison.security.KeycloakRegistration;
import org.liaison.security.PasswordSignIn;
import org.liaison.security.TenantContextFilter;
import org.liaison.tenancy.Role;
import org.liaison.ui.CurrentUser;
import org.liaison.ui.FieldErrors;
import org.liaison.ui.Notices;

/**
 * What an invitation link shows: the coalition and the roles, and how to accept. The page reads the
 * same whatever the invited address is: someone signed in accepts as themselves; anyone else creates
 * a local account here (or, with Keycloak, signs in or registers there), or signs in first.
 */
@StyleSheet("context://styles/liaison.css")
abstract class InvitationPage extends VerticalLayout implements BeforeEnterObserver {

  private final Invitations invitations;
  private final CurrentUser user;
  private final PasswordSignIn signIn;
  private final boolean keycloak;
  private String coalitionId;
  private String token;

  InvitationPage(Invitations invitations, CurrentUser user, PasswordSignIn signIn, String auth) {
    this.invitations = invitations;
    this.user = user;
    this.signIn = signIn;
    this.keycloak = "keycloak".equals(auth);
    setId("invitation");
    setMaxWidth("40em");
    getStyle().set("margin", "0 auto");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    coalitionId = event.getRouteParameters().get("coalition").orElse("");
    token = event.getRouteParameters().get("token").orElse("");
    removeAll();
    add(new H1(getTranslation("app.name")));
    InvitationDetails details = invitations.inspect(coalitionId, token);
    if (details.state() != InvitationState.VALID) {
      H2 title = new H2(getTranslation("invitation.unusable.title"));
      Paragraph why = new Paragraph(getTranslation("invitation.state." + details.state().name()));
      why.setId("invitation-state");
      add(title, why);
      return;
    }
    add(new H2(getTranslation("invitation.title", details.coalitionName())));
    Paragraph what = new Paragraph(getTranslation("invitation.text", RoleChoice.words(this, details.roles()), details.email()));
    what.setId("invitation-text");
    add(what);
    if (user.signedIn()) {
      add(acceptAsMe(details));
    } else if (keycloak) {
      add(keycloakChoices());
    } else {
      add(newAccountForm(details));
    }
  }

  private Component acceptAsMe(InvitationDetails details) {
    Paragraph who = new Paragraph(getTranslation("invitation.signedInAs", user.username()));
    Button accept = new Button(getTranslation("invitation.accept"), e -> attempt(() -> {
      if (user.keycloakIdentity().isPresent()) {
        invitations.acceptWithIdentity(coalitionId, token, user.keycloakIdentity().get());
      } else {
        invitations.acceptAsSignedIn(coalitionId, token);
      }
      arrive(details);
    }, null));
    accept.setId("accept-invitation");
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return new VerticalLayout(who, accept);
  }

  private Component keycloakChoices() {
    Paragraph how = new Paragraph(getTranslation("invitation.keycloak.text"));
    Anchor signInThere = new Anchor(joinPath(), getTranslation("invitation.keycloak.signIn"));
    signInThere.setId("invitation-sign-in");
    signInThere.setRouterIgnore(true);
    Button register = new Button(getTranslation("invitation.keycloak.register"), e -> {
      VaadinSession.getCurrent().getSession().setAttribute(KeycloakRegistration.SESSION_FLAG, Boolean.TRUE);
      UI.getCurrent().getPage().setLocation(joinPath());
    });
    register.setId("invitation-register");
    return new VerticalLayout(how, signInThere, register);
  }

  private Component newAccountForm(InvitationDetails details) {
    TextField name = new TextField(getTranslation("invitation.account.name"));
    name.setId("account-name");
    TextField username = new TextField(getTranslation("invitation.account.username"));
    username.setId("account-username");
    username.setHelperText(getTranslation("invitation.account.username.help"));
    PasswordField password = new PasswordField(getTranslation("invitation.account.password"));
    password.setId("account-password");
    password.setHelperText(getTranslation("password.rule", PasswordRule.MIN_LENGTH));
    PasswordField repeat = new PasswordField(getTranslation("invitation.account.passwordRepeat"));
    repeat.setId("account-password-repeat");
    for (var field : java.util.List.of(name, username, password, repeat)) {
      ((com.vaadin.flow.component.HasSize) field).setWidthFull();
    }
    FieldErrors errors = new FieldErrors().bind("displayName", name).bind("username", username).bind("password", password)
        .bind("passwordRepeat", repeat);
    Button create = new Button(getTranslation("invitation.account.create"), e -> attempt(() -> {
      String created = invitations.acceptWithNewAccount(coalitionId, token,
          new NewAccount(username.getValue(), name.getValue(), password.getValue(), repeat.getValue()));
      signIn.signIn(created, password.getValue());
      arrive(details);
    }, errors));
    create.setId("create-account");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Paragraph existing = new Paragraph(getTranslation("invitation.haveAccount") + " ");
    Anchor signInFirst = new Anchor(joinPath(), getTranslation("invitation.signInFirst"));
    signInFirst.setId("invitation-sign-in");
    signInFirst.setRouterIgnore(true);
    existing.add(signInFirst);
    VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("invitation.account.text")), name, username,
        password, repeat, create, existing);
    form.setPadding(false);
    form.setAlignItems(FlexComponent.Alignment.STRETCH);
    return form;
  }

  private void attempt(Runnable action, FieldErrors errors) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      if (errors != null) {
        errors.show(e);
      } else {
        Notices.problem(String.join(" ", e.fieldErrors().values()));
      }
    } catch (InvitationNotUsableException e) {
      Notices.problem(e.getMessage());
    }
  }

  /** After joining: work in the new coalition; its first coordinator starts with the setup checklist. */
  private void arrive(InvitationDetails details) {
    VaadinSession.getCurrent().getSession().setAttribute(TenantContextFilter.SESSION_COALITION, details.coalitionId());
    UI.getCurrent().getPage().setLocation(details.roles().contains(Role.COORDINATOR) ? "/setup" : "/");
  }

  private String joinPath() {
    return "/invitation/" + coalitionId + "/" + token + "/join";
  }
}
