package org.liaison.tenancy.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import org.liaison.common.DatabaseUnavailable;
import org.liaison.security.SignInLockedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;

/** Sign-in with a local account; Spring Security checks the password. With Keycloak, it sends people there. */
@Route(value = "login", autoLayout = false)
@StyleSheet("context://styles/liaison.css") // a plain stylesheet: no front-end build
@PageTitle("Sign in · Liaison")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

  private final LoginForm form = new LoginForm();
  private final LoginI18n i18n = LoginI18n.createDefault();
  private final boolean keycloak;

  public LoginView(@Value("${liaison.demo.enabled:false}") boolean demo, @Value("${liaison.auth:local}") String auth) {
    this.keycloak = "keycloak".equals(auth);
    setSizeFull();
    setAlignItems(FlexComponent.Alignment.CENTER);
    setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

    i18n.getForm().setTitle(getTranslation("login.title"));
    i18n.getForm().setUsername(getTranslation("login.username"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("login.submit"));
    i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
    i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
    i18n.getForm().setForgotPassword(getTranslation("login.forgotPassword"));
    form.setI18n(i18n);
    form.setForgotPasswordButtonVisible(true);
    form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate("reset-password")));
    form.setAction("login");

    add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")), form);
    if (demo) {
      Paragraph accounts = new Paragraph(getTranslation("login.demoAccounts"));
      accounts.addClassName("liaison-demo-accounts");
      accounts.setId("demo-accounts");
      add(accounts);
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (keycloak) {
      // signing in happens at Keycloak; this form is for local accounts only
      event.getUI().getPage().setLocation("/oauth2/authorization/keycloak");
      return;
    }
    boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
    if (failed && lastFailure() instanceof SignInLockedException locked) {
      i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
      i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", locked.minutesLeft()));
    } else if (failed && lastFailure() instanceof Throwable error && DatabaseUnavailable.causedBy(error)) {
      i18n.getErrorMessage().setTitle(getTranslation("login.unavailable.title"));
      i18n.getErrorMessage().setMessage(getTranslation("login.unavailable.message", DatabaseUnavailable.RETRY_AFTER_SECONDS));
    } else {
      i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
      i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
    }
    form.setI18n(i18n);
    form.setError(failed);
  }

  /** Why the last sign-in of this session failed, as Spring Security's form login kept it. */
  private static Object lastFailure() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
  }
}
