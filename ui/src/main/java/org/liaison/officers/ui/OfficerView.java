package org.liaison.officers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.common.NotFoundException;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingService;
import org.liaison.meetings.ui.RequestMeetingDialog;
import org.liaison.officers.ContactService;
import org.liaison.officers.Engagement;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.EngagementService;
import org.liaison.officers.NewContact;
import org.liaison.officers.Officer;
import org.liaison.officers.OfficerRotation;
import org.liaison.officers.Relationship;
import org.liaison.officers.RelationshipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.ui.Durations;
import org.liaison.ui.FormDialog;
import org.liaison.ui.HistoryList;
import org.liaison.ui.Labels;

/**
 * One officer: who they are, how the relationship stands (cadence, last contact, archived), their
 * meetings (opened here, with the embassy's confirmation recorded on the meeting's page) and every
 * engagement with them, reach-outs included.
 */
@Route("officers/:officerId")
@PageTitle("Officer · Liaison")
@PermitAll
class OfficerView extends VerticalLayout implements BeforeEnterObserver {

  private final ContactService contacts;
  private final EngagementService engagements;
  private final RelationshipService relationships;
  private final MeetingService meetings;
  private final OfficerRotation rotation;

  OfficerView(ContactService contacts, EngagementService engagements, RelationshipService relationships,
      MeetingService meetings, OfficerRotation rotation) {
    this.rotation = rotation;
    this.contacts = contacts;
    this.engagements = engagements;
    this.relationships = relationships;
    this.meetings = meetings;
    setId("officer");
    setMaxWidth("60em");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String raw = event.getRouteParameters().get("officerId").orElse("");
    UUID id;
    try {
      id = UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Officer " + raw);
    }
    show(id);
  }

  private void show(UUID id) {
    Officer officer = contacts.officer(id); // NotFoundException → the not-found page, also for other coalitions
    Relationship relationship = relationships.relationship(id);
    removeAll();
    H2 heading = new H2(officer.name());
    heading.setId("officer-heading");
    add(heading);
    Paragraph facts = new Paragraph((officer.title() == null ? "" : officer.title() + " · ")
        + getTranslation("portfolio." + officer.portfolio().name())
        + (officer.inWashington() ? " · " + getTranslation("officer.washington")
            : " · " + embassyOf(officer))
        + (officer.email() == null ? "" : " · " + officer.email()));
    facts.addClassName("liaison-muted");
    add(facts);

    Paragraph state = new Paragraph(relationship.archivedAt() != null
        ? getTranslation("officer.archived", Labels.when(relationship.archivedAt()))
        : getTranslation(relationship.coalitionDefault() ? "officer.cadence.default" : "officer.cadence.own",
            Durations.plain(this, relationship.contactCadence()), relationship.lastContactOn() == null
                ? getTranslation("officer.lastContact.never") : Labels.day(relationship.lastContactOn())));
    state.setId("officer-relationship");
    state.addClassName("liaison-card");
    add(state);
    Paragraph invited = new Paragraph(getTranslation("officer.invited",
        getTranslation(officer.newsletterInvited() ? "record.yes" : "record.no"),
        getTranslation(officer.socialInvited() ? "record.yes" : "record.no")));
    invited.setId("officer-invited");
    invited.addClassName("liaison-muted");
    add(invited);

    if (relationship.archivedAt() == null) {
      Button logContact = new Button(getTranslation("contact.log"), VaadinIcon.PHONE.create(),
          e -> logContactDialog(officer));
      logContact.setId("log-contact");
      logContact.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Button meet = new Button(getTranslation("contacts.requestMeeting"), VaadinIcon.CALENDAR_USER.create(),
          e -> RequestMeetingDialog.open(meetings, officer));
      meet.setId("request-meeting");
      HorizontalLayout actions = new HorizontalLayout(logContact, meet);
      if (TenantContext.current().has(Role.COORDINATOR)) {
        Button edit = new Button(getTranslation("contacts.edit"), VaadinIcon.EDIT.create(),
            e -> ContactDialogs.officer(contacts, null, officer, () -> show(id)));
        edit.setId("edit-officer");
        actions.add(edit);
      }
      if (TenantContext.current().has(Role.COORDINATOR)) {
        Button handOver = new Button(getTranslation("handover.open"), VaadinIcon.EXCHANGE.create(),
            e -> HandOverDialog.open(contacts, rotation, officer, () -> show(id)));
        handOver.setId("hand-over");
        actions.add(handOver);
      }
      Button archive = new Button(getTranslation("contacts.archive"), VaadinIcon.ARCHIVE.create(),
          e -> ArchiveOfficerDialog.open(contacts, officer, () -> show(id)));
      archive.setId("archive-officer");
      archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      actions.add(archive);
      add(actions);
    }
    if (officer.successorId() != null) {
      Officer next = contacts.officer(officer.successorId());
      Paragraph left = new Paragraph(getTranslation("handover.left", Labels.day(officer.leavingOn())) + " ");
      left.add(new Anchor("officers/" + next.id(), next.name()));
      left.setId("officer-successor");
      left.addClassName("liaison-card");
      add(left);
    }
    Map<UUID, String> predecessors = rotation.predecessors(id).stream()
        .collect(Collectors.toMap(Officer::id, Officer::name));
    if (!predecessors.isEmpty()) {
      Paragraph inherited = new Paragraph(getTranslation("handover.inherited") + " ");
      inherited.setId("officer-predecessors");
      predecessors.forEach((pid, name) -> inherited.add(new Anchor("officers/" + pid, name), new Span(" ")));
      add(inherited);
    }
    add(meetingsSection(meetings.forOfficer(id)));
    add(engagementsSection(engagements.forOfficer(id), predecessors));
    add(HistoryList.section(this, "officer-history", contacts.officerHistory(id)));
  }

  /** Logs a call, an e-mail, an event, a site visit or information shared; the cadence starts again. */
  private void logContactDialog(Officer officer) {
    RadioButtonGroup<EngagementKind> kind = new RadioButtonGroup<>(getTranslation("contact.kind"));
    kind.setId("contact-kind");
    kind.setItems(NewContact.KINDS);
    kind.setItemLabelGenerator(k -> getTranslation("engagement.kind." + k.name()));
    kind.setRequiredIndicatorVisible(true);
    TextArea summary = new TextArea(getTranslation("contact.summary"));
    summary.setId("contact-summary");
    summary.setRequiredIndicatorVisible(true);
    summary.setMaxLength(4000);
    summary.setWidthFull();
    DatePicker on = new DatePicker(getTranslation("contact.on"), LocalDate.now(org.liaison.ui.UserTime.zone()));
    org.liaison.ui.UserTime.calendar(on);
    on.setId("contact-on");
    FormDialog dialog = new FormDialog(getTranslation("contact.title", officer.name()), getTranslation("contact.save"),
        "save-contact", () -> relationships.logContact(officer.id(), new NewContact(kind.getValue(), summary.getValue(),
            on.getValue())), getTranslation("contact.done"), () -> show(officer.id()));
    dialog.with(new Paragraph(getTranslation("contact.intro")), kind, summary, on);
    dialog.errors().bind("kind", kind).bind("summary", summary).bind("occurredOn", on);
    dialog.open();
  }

  private String embassyOf(Officer officer) {
    var embassy = contacts.embassy(officer.embassyId());
    return Labels.embassy(this, embassy);
  }

  private Component meetingsSection(List<Meeting> all) {
    Div section = new Div(new H3(getTranslation("officer.meetings")));
    section.setId("officer-meetings");
    if (all.isEmpty()) {
      section.add(new Paragraph(getTranslation("officer.meetings.none")));
      return section;
    }
    UnorderedList list = new UnorderedList();
    for (Meeting m : all) {
      ListItem item = new ListItem(new Anchor("meetings/" + m.reference(), m.reference()), new Span(" "),
          Labels.badge(m.status(), getTranslation("meeting.status." + m.status().name())),
          new Span(" · " + getTranslation("meeting.owner") + ": " + m.owner()));
      item.getElement().setAttribute("data-meeting", m.reference());
      list.add(item);
    }
    section.add(list);
    return section;
  }

  private Component engagementsSection(List<Engagement> all, Map<UUID, String> predecessors) {
    Div section = new Div(new H3(getTranslation("officer.engagements")));
    if (all.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("officer.engagements.none"));
      none.setId("officer-engagements");
      section.add(none);
      return section;
    }
    UnorderedList list = new UnorderedList();
    list.setId("officer-engagements");
    for (Engagement e : all) {
      ListItem item = new ListItem(Labels.day(e.occurredOn()) + " — " + getTranslation("engagement.kind." + e.kind().name()) + ": "
          + e.summary());
      item.getElement().setAttribute("data-kind", e.kind().name());
      if (e.handedOverFrom() != null) {
        Span with = new Span(" " + getTranslation("handover.with", predecessors.getOrDefault(e.handedOverFrom(), "")));
        with.addClassName("liaison-muted");
        with.getElement().setAttribute("data-inherited", "true");
        item.add(with);
      }
      if (e.outcome() != null) {
        Span outcome = new Span(" → " + e.outcome());
        outcome.addClassName("liaison-muted");
        item.add(outcome);
      }
      list.add(item);
    }
    section.add(list);
    return section;
  }
}
