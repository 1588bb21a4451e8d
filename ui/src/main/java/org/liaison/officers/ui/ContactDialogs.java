package org.liaison.officers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NewPriority;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.ui.DurationField;
import org.liaison.ui.FormDialog;
import org.liaison.ui.Labels;

/**
 * The dialogs that add or correct an embassy, a stated priority or an officer: one form per kind, empty
 * to add, filled to correct (with the version loaded, so a save over someone else's is refused and the
 * form shows the newer values).
 */
final class ContactDialogs {

  /** Adds an embassy ({@code existing} null) or corrects one. */
  static void embassy(ContactService contacts, Embassy existing, Runnable afterSave) {
    UI ui = UI.getCurrent();
    ComboBox<String> country = new ComboBox<>(ui.getTranslation("case.country"));
    country.setId("embassy-country");
    country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(Labels::country)).toList());
    country.setItemLabelGenerator(Labels::country);
    TextField city = new TextField(ui.getTranslation("contacts.city"));
    city.setId("embassy-city");
    TextField website = new TextField(ui.getTranslation("contacts.website"));
    website.setId("embassy-website");
    website.setHelperText(ui.getTranslation("contacts.website.help"));
    ComboBox<String> zone = new ComboBox<>(ui.getTranslation("contacts.timeZone"));
    zone.setId("embassy-time-zone");
    zone.setItems(java.time.ZoneId.getAvailableZoneIds().stream()
        .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList());
    zone.setHelperText(ui.getTranslation("contacts.timeZone.help"));
    zone.setClearButtonVisible(true);
    zone.setWidth("18em");
    int[] version = new int[1];
    Runnable fill = () -> {
      Embassy now = contacts.embassy(existing.id());
      version[0] = now.version();
      country.setValue(now.country());
      city.setValue(now.city());
      website.setValue(now.website() == null ? "" : now.website());
      zone.setValue(now.timeZone().getId());
    };
    FormDialog dialog = new FormDialog(ui.getTranslation(existing == null ? "contacts.addEmbassy" : "contacts.editEmbassy"),
        ui.getTranslation("contacts.save"), "save-embassy", () -> {
          NewEmbassy input = new NewEmbassy(country.getValue(), city.getValue(), website.getValue(), zone.getValue());
          if (existing == null) {
            contacts.addEmbassy(input);
          } else {
            contacts.editEmbassy(existing.id(), version[0], input);
          }
        }, ui.getTranslation("contacts.saved"), afterSave);
    dialog.with(country, city, website, zone);
    dialog.errors().bind("country", country).bind("city", city).bind("website", website).bind("timeZone", zone);
    editing(dialog, existing, fill);
  }

  /** Records a priority the embassy stated ({@code existing} null) or corrects one. */
  static void priority(ContactService contacts, Embassy embassy, EmbassyPriority existing, Runnable afterSave) {
    UI ui = UI.getCurrent();
    TextArea objective = new TextArea(ui.getTranslation("contacts.objective"));
    objective.setId("priority-objective");
    objective.setWidthFull();
    TextField source = new TextField(ui.getTranslation("contacts.source"));
    source.setId("priority-source");
    source.setHelperText(ui.getTranslation("contacts.source.help"));
    source.setWidthFull();
    DatePicker capturedOn = new DatePicker(ui.getTranslation("contacts.capturedOn"), LocalDate.now(org.liaison.ui.UserTime.zone()));
    org.liaison.ui.UserTime.calendar(capturedOn);
    capturedOn.setId("priority-captured-on");
    int[] version = new int[1];
    Runnable fill = () -> {
      EmbassyPriority now = contacts.priorities(embassy.id()).stream().filter(p -> p.id().equals(existing.id()))
          .findFirst().orElseThrow();
      version[0] = now.version();
      objective.setValue(now.objective());
      source.setValue(now.sourceUrl());
      capturedOn.setValue(now.capturedOn());
    };
    FormDialog dialog = new FormDialog(ui.getTranslation(existing == null ? "contacts.addPriorityFor"
        : "contacts.editPriorityFor", embassy.city()), ui.getTranslation("contacts.save"), "save-priority", () -> {
          NewPriority input = new NewPriority(objective.getValue(), source.getValue(), capturedOn.getValue());
          if (existing == null) {
            contacts.addPriority(embassy.id(), input);
          } else {
            contacts.editPriority(existing.id(), version[0], input);
          }
        }, ui.getTranslation("contacts.saved"), afterSave);
    dialog.with(objective, source, capturedOn);
    dialog.errors().bind("objective", objective).bind("sourceUrl", source).bind("capturedOn", capturedOn);
    editing(dialog, existing, fill);
  }

  /**
   * Adds an officer at {@code embassy} (a Washington expert when null), or corrects {@code existing},
   * including whether they were invited to the newsletter and social channels.
   */
  static void officer(ContactService contacts, Embassy embassy, Officer existing, Runnable afterSave) {
    UI ui = UI.getCurrent();
    TextField name = new TextField(ui.getTranslation("contacts.name"));
    name.setId("officer-name");
    TextField title = new TextField(ui.getTranslation("contacts.officerTitle"));
    title.setId("officer-title");
    Select<Portfolio> portfolio = new Select<>();
    portfolio.setLabel(ui.getTranslation("contacts.portfolio"));
    portfolio.setId("officer-portfolio");
    portfolio.setItems(Portfolio.values());
    portfolio.setItemLabelGenerator(p -> ui.getTranslation("portfolio." + p.name()));
    EmailField email = new EmailField(ui.getTranslation("contacts.email"));
    email.setId("officer-email");
    DurationField cadence = new DurationField(ui.getTranslation("contacts.cadence"), "officer-cadence");
    cadence.setHelperText(ui.getTranslation("contacts.cadence.help"));
    Checkbox newsletter = new Checkbox(ui.getTranslation("officer.newsletterInvited"));
    newsletter.setId("officer-newsletter");
    Checkbox social = new Checkbox(ui.getTranslation("officer.socialInvited"));
    social.setId("officer-social");
    int[] version = new int[1];
    UUID[] embassyId = {embassy == null ? null : embassy.id()};
    Runnable fill = () -> {
      Officer now = contacts.officer(existing.id());
      version[0] = now.version();
      embassyId[0] = now.embassyId();
      name.setValue(now.name());
      title.setValue(now.title() == null ? "" : now.title());
      portfolio.setValue(now.portfolio());
      email.setValue(now.email() == null ? "" : now.email());
      cadence.setValue(now.contactCadence() == null ? "" : now.contactCadence());
      newsletter.setValue(now.newsletterInvited());
      social.setValue(now.socialInvited());
    };
    String heading = existing != null ? ui.getTranslation("contacts.editOfficer", existing.name())
        : embassy == null ? ui.getTranslation("contacts.addExpert") : ui.getTranslation("contacts.addOfficerAt", embassy.city());
    FormDialog dialog = new FormDialog(heading, ui.getTranslation("contacts.save"), "save-officer", () -> {
      NewOfficer input = new NewOfficer(embassyId[0], name.getValue(), title.getValue(), portfolio.getValue(),
          email.getValue(), cadence.getValue());
      if (existing == null) {
        contacts.addOfficer(input);
      } else {
        contacts.editOfficer(existing.id(), version[0], input, newsletter.getValue(), social.getValue());
      }
    }, ui.getTranslation("contacts.saved"), afterSave);
    dialog.with(name, title, portfolio, email, cadence);
    if (existing != null) {
      dialog.with(newsletter, social);
    }
    dialog.errors().bind("name", name).bind("title", title).bind("portfolio", portfolio).bind("email", email)
        .bind("contactCadence", cadence);
    editing(dialog, existing, fill);
  }

  /** Fills a correction's form from the saved record and lets it reload on a stale save; then opens it. */
  private static void editing(FormDialog dialog, Object existing, Runnable fill) {
    if (existing != null) {
      fill.run();
      dialog.onStale(fill);
    }
    dialog.open();
  }

  private ContactDialogs() {}
}
