package org.liaison.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.ApiTokens;
import org.liaison.accounts.PasswordRule;
import org.liaison.accounts.Person;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.ui.CurrentUser;
import org.liaison.ui.FieldErrors;
import org.liaison.ui.Notices;

/** The signed-in person's account: who Liaison knows them as, and changing their password (local accounts). */
@Route("account")
@PageTitle("Your account · Liaison")
@PermitAll
class AccountView extends VerticalLayout {

  AccountView(Accounts accounts, ApiTokens tokens, CurrentUser user) {
    setId("account");
    setMaxWidth("60em");
    add(new H2(getTranslation("account.title")));
    Person me = accounts.person(user.username()).orElse(new Person(user.username(), user.username(), ""));
    Paragraph who = new Paragraph(getTranslation("account.who", me.displayName(), me.username(), me.email()));
    who.setId("account-who");
    add(who);
    add(new TimeZoneSection(accounts));
    if (!user.hasLocalAccount()) {
      add(new Paragraph(getTranslation("account.keycloak")));
      return;
    }
    PasswordField current = field("current-password", "account.currentPassword");
    PasswordField next = field("new-password", "account.newPassword");
    next.setHelperText(getTranslation("password.rule", PasswordRule.MIN_LENGTH));
    PasswordField repeat = field("new-password-repeat", "account.newPasswordRepeat");
    FieldErrors errors = new FieldErrors().bind("currentPassword", current).bind("password", next)
        .bind("passwordRepeat", repeat);
    Button change = new Button(getTranslation("account.change"), e -> {
      try {
        accounts.changePassword(current.getValue(), next.getValue(), repeat.getValue());
        errors.clear();
        current.clear();
        next.clear();
        repeat.clear();
        Notices.success(getTranslation("account.changed"));
      } catch (InvalidInputException ex) {
        errors.show(ex);
      } catch (NotAllowedException ex) {
        Notices.problem(ex.getMessage());
      }
    });
    change.setId("change-password");
    change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H3(getTranslation("account.passwordTitle")), current, next, repeat, change);
    if (!user.memberships().isEmpty()) {
      add(new ApiTokensSection(tokens, user));
    }
  }

  private PasswordField field(String id, String label) {
    PasswordField field = new PasswordField(getTranslation(label));
    field.setId(id);
    field.setWidthFull();
    return field;
  }
}
