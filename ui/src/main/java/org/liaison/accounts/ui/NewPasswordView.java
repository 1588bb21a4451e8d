package org.liaison.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.PasswordRule;
import org.liaison.accounts.ResetLink;
import org.liaison.accounts.ResetLinkNotUsableException;
import org.liaison.common.InvalidInputException;
import org.liaison.ui.FieldErrors;

/** A mailed reset link ({@code /reset-password/<token>}): choose a new password, once, before the link expires. */
@Route(value = "reset-password/:token", autoLayout = false)
@PageTitle("Choose a new password · Liaison")
@StyleSheet("context://styles/liaison.css")
@AnonymousAllowed
class NewPasswordView extends VerticalLayout implements BeforeEnterObserver {

  private final Accounts accounts;

  NewPasswordView(Accounts accounts) {
    this.accounts = accounts;
    setId("new-password");
    setMaxWidth("32em");
    getStyle().set("margin", "0 auto");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String token = event.getRouteParameters().get("token").orElse("");
    removeAll();
    add(new H1(getTranslation("app.name")), new H2(getTranslation("reset.new.title")));
    ResetLink link = accounts.resetLink(token);
    if (link.state() != ResetLink.State.VALID) {
      Paragraph why = new Paragraph(new ResetLinkNotUsableException(link.state()).getMessage());
      why.setId("reset-state");
      add(why, new Anchor("reset-password", getTranslation("reset.again")));
      return;
    }
    Paragraph forWhom = new Paragraph(getTranslation("reset.new.for", link.username()));
    PasswordField password = new PasswordField(getTranslation("account.newPassword"));
    password.setId("reset-new-password");
    password.setHelperText(getTranslation("password.rule", PasswordRule.MIN_LENGTH));
    password.setWidthFull();
    PasswordField repeat = new PasswordField(getTranslation("account.newPasswordRepeat"));
    repeat.setId("reset-new-password-repeat");
    repeat.setWidthFull();
    FieldErrors errors = new FieldErrors().bind("password", password).bind("passwordRepeat", repeat);
    Paragraph done = new Paragraph();
    done.setId("reset-done");
    Button save = new Button(getTranslation("reset.new.save"));
    save.setId("set-password");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> {
      try {
        accounts.resetPassword(token, password.getValue(), repeat.getValue());
        removeAll();
        done.setText(getTranslation("reset.new.done"));
        add(new H1(getTranslation("app.name")), done, new Anchor("login", getTranslation("reset.signIn")));
      } catch (InvalidInputException ex) {
        errors.show(ex);
      } catch (ResetLinkNotUsableException ex) {
        removeAll();
        Paragraph why = new Paragraph(ex.getMessage());
        why.setId("reset-state");
        add(new H1(getTranslation("app.name")), why);
      }
    });
    add(forWhom, password, repeat, save);
  }
}
