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
import com.vaadin.flow.component.details.Details;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.ui.HistoryList;
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
  private boolean coordinator;

  ContactsView(ContactService contacts, MeetingService meetings) {
    this.contacts = contacts;
    this.meetings = meetings;
    setId("contacts");
    setMaxWidth("60em");
    Button addEmbassy = new Button(getTranslation("contacts.addEmbassy"), VaadinIcon.PLUS.create(), e -> ContactDialogs.embassy(contacts, null, this::refresh));
    addEmbassy.setId("add-embassy");
    addEmbassy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button addExpert = new Button(getTranslation("contacts.addExpert"), VaadinIcon.PLUS.create(), e -> ContactDialogs.officer(contacts, null, null, this::refresh));
    addExpert.setId("add-expert");
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("contacts.title")), addEmbassy, addExpert);
    header.setAlignItems(Alignment.BASELINE);
    add(header, new Paragraph(getTranslation("contacts.intro")), content);
    refresh();
  }

  private void refresh() {
    content.removeAll();
    coordinator = TenantContext.current().has(Role.COORDINATOR);
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
    H3 title = new H3(Labels.embassy(this, embassy));
    section.add(title);
    Span localTime = new Span(getTranslation("contacts.localTime", embassy.timeZone().getId(),
        Labels.zone(embassy.timeZone())));
    localTime.addClassName("liaison-muted");
    localTime.addClassName("embassy-local-time");
    section.add(new Div(localTime));
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
        Span source = new Span(" — " + getTranslation("contacts.priorities.source", Labels.day(p.capturedOn())) + " ");
        source.addClassName("liaison-muted");
        ListItem item = new ListItem(new Span(p.objective()), source,
            link(p.sourceUrl(), getTranslation("contacts.priorities.link")));
        if (coordinator) {
          Button edit = new Button(getTranslation("contacts.edit"), e -> ContactDialogs.priority(contacts, embassy, p,
              this::refresh));
          edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
          edit.getElement().setAttribute("data-action", "edit-priority");
          item.add(edit);
        }
        list.add(item);
      }
      section.add(list);
    }
    section.add(new H4(getTranslation("contacts.officers")));
    section.add(officers.isEmpty() ? muted(getTranslation("contacts.officers.none")) : officerList(officers));
    Button addPriority = new Button(getTranslation("contacts.addPriority"), e -> ContactDialogs.priority(contacts, embassy, null, this::refresh));
    addPriority.getElement().setAttribute("data-action", "add-priority");
    Button addOfficer = new Button(getTranslation("contacts.addOfficer"), e -> ContactDialogs.officer(contacts, embassy, null, this::refresh));
    addOfficer.getElement().setAttribute("data-action", "add-officer");
    HorizontalLayout actions = new HorizontalLayout(addPriority, addOfficer);
    if (coordinator) {
      Button edit = new Button(getTranslation("contacts.editEmbassy"), VaadinIcon.EDIT.create(),
          e -> ContactDialogs.embassy(contacts, embassy, this::refresh));
      edit.getElement().setAttribute("data-action", "edit-embassy");
      actions.add(edit);
    }
    section.add(actions);
    Details history = new Details(getTranslation("history.title"));
    history.getElement().setAttribute("data-history", embassy.city());
    history.addOpenedChangeListener(e -> {
      if (e.isOpened() && history.getContent().findAny().isEmpty()) {
        history.add(HistoryList.section(this, "embassy-history-" + embassy.id(), contacts.embassyHistory(embassy.id())));
      }
    });
    section.add(history);
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

}
