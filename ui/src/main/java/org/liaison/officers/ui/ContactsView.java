package org.liaison.officers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liaison.common.InvalidInputException;
import org.liaison.meetings.MeetingService;
import org.liaison.meetings.ui.RequestMeetingDialog;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NewPriority;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.ui.FieldErrors;
import org.liaison.ui.Labels;
import org.liaison.ui.Notices;

/**
 * The coalition's contacts: each embassy with the objectives it has stated (and where) and its
 * officers by portfolio, then the subject-matter experts in Washington.
 */
@Route("contacts")
@PageTitle("Contacts · Liaison")
@PermitAll
class ContactsView extends VerticalLayout {

  private final ContactService contacts;
  private final MeetingService meetings;
  private final Div content = new Div();

  ContactsView(ContactService contacts, MeetingService meetings) {
    this.contacts = contacts;
    this.meetings = meetings;
    setId("contacts");
    setMaxWidth("60em");
    Button addEmbassy = new Button(getTranslation("contacts.addEmbassy"), VaadinIcon.PLUS.create(), e -> embassyDialog());
    addEmbassy.setId("add-embassy");
    addEmbassy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button addExpert = new Button(getTranslation("contacts.addExpert"), VaadinIcon.PLUS.create(), e -> officerDialog(null));
    addExpert.setId("add-expert");
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("contacts.title")), addEmbassy, addExpert);
    header.setAlignItems(Alignment.BASELINE);
    add(header, new Paragraph(getTranslation("contacts.intro")), content);
    refresh();
  }

  private void refresh() {
    content.removeAll();
    List<Officer> officers = contacts.officers();
    List<Embassy> embassies = contacts.embassies();
    if (embassies.isEmpty() && officers.isEmpty()) {
      content.add(new Paragraph(getTranslation("contacts.empty")));
    }
    for (Embassy embassy : embassies) {
      content.add(embassySection(embassy, officers.stream().filter(o -> embassy.id().equals(o.embassyId())).toList()));
    }
    List<Officer> experts = officers.stream().filter(Officer::inWashington).toList();
    if (!experts.isEmpty()) {
      Div washington = new Div(new H3(getTranslation("contacts.washington")), officerList(experts));
      washington.setId("washington-experts");
      content.add(washington);
    }
  }

  private Component embassySection(Embassy embassy, List<Officer> officers) {
    Div section = new Div();
    section.addClassName("liaison-card");
    section.getStyle().set("margin-bottom", "var(--lumo-space-m)");
    section.getElement().setAttribute("data-embassy", embassy.city());
    H3 title = new H3(getTranslation("contacts.embassyTitle", embassy.city(), Labels.country(embassy.country())));
    section.add(title);
    if (embassy.website() != null) {
      section.add(new Div(link(embassy.website(), embassy.website())));
    }
    section.add(new H4(getTranslation("contacts.priorities")));
    List<EmbassyPriority> priorities = contacts.priorities(embassy.id());
    if (priorities.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("contacts.priorities.none"));
      none.addClassName("liaison-muted");
      section.add(none);
    } else {
      UnorderedList list = new UnorderedList();
      for (EmbassyPriority p : priorities) {
        Span source = new Span(" — " + getTranslation("contacts.priorities.source", p.capturedOn().toString()) + " ");
        source.addClassName("liaison-muted");
        list.add(new ListItem(new Span(p.objective()), source, link(p.sourceUrl(), getTranslation("contacts.priorities.link"))));
      }
      section.add(list);
    }
    section.add(new H4(getTranslation("contacts.officers")));
    section.add(officers.isEmpty() ? muted(getTranslation("contacts.officers.none")) : officerList(officers));
    Button addPriority = new Button(getTranslation("contacts.addPriority"), e -> priorityDialog(embassy));
    addPriority.getElement().setAttribute("data-action", "add-priority");
    Button addOfficer = new Button(getTranslation("contacts.addOfficer"), e -> officerDialog(embassy));
    addOfficer.getElement().setAttribute("data-action", "add-officer");
    section.add(new HorizontalLayout(addPriority, addOfficer));
    return section;
  }

  private Component officerList(List<Officer> officers) {
    UnorderedList list = new UnorderedList();
    for (Officer o : officers) {
      String line = (o.title() == null ? "" : ", " + o.title()) + " — "
          + getTranslation("portfolio." + o.portfolio().name())
          + (o.email() == null ? "" : " — " + o.email());
      Anchor name = new Anchor("officers/" + o.id(), o.name());
      Button meet = new Button(getTranslation("contacts.requestMeeting"), VaadinIcon.CALENDAR_USER.create(),
          e -> RequestMeetingDialog.open(meetings, o));
      meet.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      meet.getElement().setAttribute("data-action", "request-meeting");
      meet.getElement().setAttribute("data-officer", o.name());
      Button archive = new Button(getTranslation("contacts.archive"), VaadinIcon.ARCHIVE.create(),
          e -> ArchiveOfficerDialog.open(contacts, o, this::refresh));
      archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      archive.getElement().setAttribute("data-action", "archive-officer");
      archive.getElement().setAttribute("data-officer", o.name());
      ListItem item = new ListItem(name, new Span(line), meet, archive);
      item.getElement().setAttribute("data-officer", o.name());
      list.add(item);
    }
    return list;
  }

  private static Anchor link(String url, String text) {
    Anchor a = new Anchor(url, text); // only http(s) addresses pass validation
    a.setTarget(AnchorTarget.BLANK);
    a.getElement().setAttribute("rel", "noopener noreferrer");
    return a;
  }

  private static Paragraph muted(String text) {
    Paragraph p = new Paragraph(text);
    p.addClassName("liaison-muted");
    return p;
  }

  private void embassyDialog() {
    Dialog dialog = new Dialog(getTranslation("contacts.addEmbassy"));
    ComboBox<String> country = new ComboBox<>(getTranslation("case.country"));
    country.setId("embassy-country");
    country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(Labels::country)).toList());
    country.setItemLabelGenerator(Labels::country);
    TextField city = new TextField(getTranslation("contacts.city"));
    city.setId("embassy-city");
    TextField website = new TextField(getTranslation("contacts.website"));
    website.setId("embassy-website");
    website.setHelperText(getTranslation("contacts.website.help"));
    FieldErrors errors = new FieldErrors().bind("country", country).bind("city", city).bind("website", website);
    Button save = new Button(getTranslation("contacts.save"), e -> attempt(dialog, errors,
        () -> contacts.addEmbassy(new NewEmbassy(country.getValue(), city.getValue(), website.getValue()))));
    save.setId("save-embassy");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(country, city, website));
    dialog.getFooter().add(new Button(getTranslation("contacts.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  private void priorityDialog(Embassy embassy) {
    Dialog dialog = new Dialog(getTranslation("contacts.addPriorityFor", embassy.city()));
    TextArea objective = new TextArea(getTranslation("contacts.objective"));
    objective.setId("priority-objective");
    objective.setWidthFull();
    TextField source = new TextField(getTranslation("contacts.source"));
    source.setId("priority-source");
    source.setHelperText(getTranslation("contacts.source.help"));
    source.setWidthFull();
    DatePicker capturedOn = new DatePicker(getTranslation("contacts.capturedOn"), LocalDate.now());
    capturedOn.setId("priority-captured-on");
    FieldErrors errors = new FieldErrors().bind("objective", objective).bind("sourceUrl", source).bind("capturedOn", capturedOn);
    UUID embassyId = embassy.id();
    Button save = new Button(getTranslation("contacts.save"), e -> attempt(dialog, errors,
        () -> contacts.addPriority(embassyId, new NewPriority(objective.getValue(), source.getValue(), capturedOn.getValue()))));
    save.setId("save-priority");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    VerticalLayout form = new VerticalLayout(objective, source, capturedOn);
    form.setWidth("32em");
    dialog.add(form);
    dialog.getFooter().add(new Button(getTranslation("contacts.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  private void officerDialog(Embassy embassy) {
    Dialog dialog = new Dialog(embassy == null ? getTranslation("contacts.addExpert")
        : getTranslation("contacts.addOfficerAt", embassy.city()));
    TextField name = new TextField(getTranslation("contacts.name"));
    name.setId("officer-name");
    TextField title = new TextField(getTranslation("contacts.officerTitle"));
    title.setId("officer-title");
    Select<Portfolio> portfolio = new Select<>();
    portfolio.setLabel(getTranslation("contacts.portfolio"));
    portfolio.setId("officer-portfolio");
    portfolio.setItems(Portfolio.values());
    portfolio.setItemLabelGenerator(p -> getTranslation("portfolio." + p.name()));
    EmailField email = new EmailField(getTranslation("contacts.email"));
    email.setId("officer-email");
    TextField cadence = new TextField(getTranslation("contacts.cadence"));
    cadence.setId("officer-cadence");
    cadence.setHelperText(getTranslation("contacts.cadence.help"));
    FieldErrors errors = new FieldErrors().bind("name", name).bind("title", title).bind("portfolio", portfolio)
        .bind("email", email).bind("contactCadence", cadence);
    UUID embassyId = embassy == null ? null : embassy.id();
    Button save = new Button(getTranslation("contacts.save"), e -> attempt(dialog, errors,
        () -> contacts.addOfficer(new NewOfficer(embassyId, name.getValue(), title.getValue(), portfolio.getValue(),
            email.getValue(), cadence.getValue()))));
    save.setId("save-officer");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(name, title, portfolio, email, cadence));
    dialog.getFooter().add(new Button(getTranslation("contacts.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  private void attempt(Dialog dialog, FieldErrors errors, Runnable save) {
    try {
      save.run();
    } catch (InvalidInputException e) {
      errors.show(e);
      return;
    }
    dialog.close();
    Notices.success(getTranslation("contacts.saved"));
    refresh();
  }
}
