package org.liaison.notifications.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.List;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.notifications.MailChoice;
import org.liaison.notifications.MemberProfile;
import org.liaison.notifications.MemberProfiles;
import org.liaison.ui.FieldErrors;
import org.liaison.ui.Labels;
import org.liaison.ui.Notices;

/**
 * How one member of the current coalition is told (address, each at once or a daily digest) and
 * when they are away with a stand-in: on the member's own notices page, and for a coordinator in
 * the members list. Bad input stays in the fields with the message beside it.
 */
public class ProfileForm extends Composite<VerticalLayout> {

  private final MemberProfiles profiles;
  private final String username;
  private final EmailField email = new EmailField();
  private final RadioButtonGroup<MailChoice> mail = new RadioButtonGroup<>();
  private final DatePicker awayFrom = new DatePicker();
  private final DatePicker awayTo = new DatePicker();
  private final ComboBox<String> standIn = new ComboBox<>();
  private final Paragraph awayNow = new Paragraph();
  private final FieldErrors errors = new FieldErrors();

  /**
   * @param colleagues who may stand in (members of the coalition, bounded by the caller)
   */
  public ProfileForm(MemberProfiles profiles, String username, List<String> colleagues) {
    this.profiles = profiles;
    this.username = username;
    VerticalLayout root = getContent();
    root.setPadding(false);
    email.setId("profile-email");
    email.setLabel(getTranslation("profile.email"));
    email.setWidth("24em");
    mail.setId("profile-mail");
    mail.setLabel(getTranslation("profile.mail"));
    mail.setItems(MailChoice.values());
    mail.setItemLabelGenerator(c -> getTranslation("profile.mail." + c.name()));
    Button saveMail = new Button(getTranslation("profile.saveMail"), e -> saveMail());
    saveMail.setId("profile-save-mail");
    saveMail.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    awayFrom.setId("profile-away-from");
    awayFrom.setLabel(getTranslation("profile.awayFrom"));
    awayTo.setId("profile-away-to");
    awayTo.setLabel(getTranslation("profile.awayTo"));
    standIn.setId("profile-stand-in");
    standIn.setLabel(getTranslation("profile.standIn"));
    standIn.setItems(colleagues.stream().filter(c -> !c.equals(username)).toList());
    standIn.setWidth("16em");
    awayNow.setId("profile-away-now");
    Button saveAway = new Button(getTranslation("profile.saveAway"), e -> saveAway(false));
    saveAway.setId("profile-save-away");
    saveAway.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button back = new Button(getTranslation("profile.back"), e -> saveAway(true));
    back.setId("profile-back");
    errors.bind("email", email).bind("mail", mail).bind("awayFrom", awayFrom).bind("awayTo", awayTo)
        .bind("standIn", standIn);

    root.add(new H3(getTranslation("profile.mailTitle")), email, mail, saveMail,
        new H3(getTranslation("profile.awayTitle")), new Paragraph(getTranslation("profile.awayIntro")), awayNow,
        new HorizontalLayout(awayFrom, awayTo, standIn), new HorizontalLayout(saveAway, back));
    show(profiles.of(username));
  }

  private void show(MemberProfile p) {
    email.setValue(p.ownEmail() ? p.email() : "");
    email.setPlaceholder(p.ownEmail() || p.email() == null ? "" : p.email());
    email.setHelperText(p.ownEmail() ? getTranslation("profile.email.own")
        : p.email() == null ? getTranslation("profile.email.none") : getTranslation("profile.email.account", p.email()));
    mail.setValue(p.mail());
    awayFrom.setValue(p.awayFrom());
    awayTo.setValue(p.awayTo());
    standIn.setValue(p.standIn());
    awayNow.setText(p.awayFrom() == null ? getTranslation("profile.notAway")
        : getTranslation("profile.away", Labels.day(p.awayFrom()), Labels.day(p.awayTo()), p.standIn()));
  }

  private void saveMail() {
    try {
      show(profiles.changeMail(username, email.getValue(), mail.getValue()));
      errors.clear();
      Notices.success(getTranslation("profile.mailSaved"));
    } catch (InvalidInputException e) {
      errors.show(e);
    } catch (NotAllowedException e) {
      Notices.problem(e.getMessage());
    }
  }

  private void saveAway(boolean back) {
    try {
      MemberProfile p = back ? profiles.setAway(username, null, null, null)
          : profiles.setAway(username, awayFrom.getValue(), awayTo.getValue(), standIn.getValue());
      show(p);
      errors.clear();
      Notices.success(back ? getTranslation("profile.backSaved")
          : getTranslation("profile.awaySaved", Labels.day(p.awayFrom()), Labels.day(p.awayTo()), p.standIn()));
    } catch (InvalidInputException e) {
      errors.show(e);
    } catch (NotAllowedException e) {
      Notices.problem(e.getMessage());
    }
  }
}
