package org.liaison.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.liaison.accounts.Accounts;
import org.liaison.common.InvalidInputException;
import org.liaison.ui.FieldErrors;

/**
 * "Forgot your password?": a reset link is mailed to the account's address. The answer is the same
 * whether or not such an account exists, so the page cannot be used to find out who has one.
 */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Reset your password · Liaison")
@StyleSheet("context://styles/liaison.css")
@AnonymousAllowed
class ResetPasswordView extends VerticalLayout {

  ResetPasswordView(Accounts accounts) {
    setId("reset-password");
    setMaxWidth("32em");
    getStyle().set("margin", "0 auto");
    add(new H1(getTranslation("app.name")), new H2(getTranslation("reset.title")), new Paragraph(getTranslation("reset.intro")));
    TextField who = new TextField(getTranslation("reset.who"));
    who.setId("reset-who");
    who.setWidthFull();
    FieldErrors errors = new FieldErrors().bind("usernameOrEmail", who);
    Paragraph sent = new Paragraph();
    sent.setId("reset-sent");
    sent.setVisible(false);
    Button send = new Button(getTranslation("reset.send"), e -> {
      try {
        accounts.requestPasswordReset(who.getValue());
        errors.clear();
        sent.setText(getTranslation("reset.sent"));
        sent.setVisible(true);
      } catch (InvalidInputException ex) {
        errors.show(ex);
      }
    });
    send.setId("send-reset");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(who, send, sent, new Anchor("login", getTranslation("reset.backToSignIn")));
  }
}
