package org.liaison.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingConfirmation;
import org.liaison.meetings.MeetingService;
import org.liaison.officers.ContactService;
import org.liaison.officers.Engagement;
import org.liaison.officers.NextStep;
import org.liaison.ui.FormDialog;
import org.liaison.ui.Labels;
import org.liaison.ui.RecordPage;
import org.liaison.ui.RecordSections;
import org.liaison.workflow.Wait;

/**
 * A meeting with an officer: where it stands, what is waiting, the embassy's confirmation (recorded
 * here when it arrives), the outcome and agreed next steps, the thanks, and the journal of its steps.
 */
@Route("meetings/:reference")
@PageTitle("Meeting · Liaison")
@PermitAll
class MeetingView extends RecordPage<Meeting> {

  private final MeetingService meetings;
  private final ContactService contacts;

  MeetingView(MeetingService meetings, ContactService contacts) {
    super("meeting", "meeting.status.", meetings::get, Meeting::status, meetings::openSteps, meetings::journal);
    this.meetings = meetings;
    this.contacts = contacts;
  }

  @Override
  protected String kind() {
    return MeetingService.KIND;
  }

  @Override
  protected List<Wait> waits(Meeting m, String reference) {
    return meetings.waits(reference);
  }

  @Override
  protected String heading(Meeting m) {
    return m.reference() + (m.officerId() == null ? "" : " · " + contacts.officer(m.officerId()).name());
  }

  @Override
  protected void describe(Meeting m) {
    Div facts = new Div();
    facts.addClassName("liaison-muted");
    facts.add(new Span(getTranslation("meeting.owner") + ": " + m.owner() + " · " + getTranslation("meeting.requestedOn")
        + " " + Labels.when(m.createdAt())));
    if (m.officerId() != null) {
      facts.add(new Span(" · "), new Anchor("officers/" + m.officerId(), contacts.officer(m.officerId()).name()));
    }
    if (m.caseId() != null) {
      Anchor caseLink = new Anchor("cases/" + m.businessKey(), getTranslation("meeting.forCase", m.businessKey()));
      caseLink.setId("meeting-case");
      facts.add(new Span(" · "), caseLink);
    }
    add(facts);

    Engagement engagement = meetings.engagement(m.reference());
    add(RecordSections.part(this, "meeting-purpose", "meeting.purpose", engagement.summary()));
    if (m.confirmedFor() != null) {
      String when = Labels.day(m.confirmedFor(), m.confirmedTime(), zoneOf(m));
      Paragraph confirmed = new Paragraph(m.place() == null
          ? getTranslation("meeting.confirmedInfo", when, m.confirmedBy())
          : getTranslation("meeting.confirmedInfoAt", when, m.place(), m.confirmedBy()));
      confirmed.setId("meeting-confirmed");
      add(confirmed);
    }
    if (engagement.outcome() != null) {
      add(RecordSections.part(this, "meeting-outcome", "meeting.outcome", engagement.outcome()));
    }
    add(actions(m));
  }

  @Override
  protected void detail(Meeting m) {
    add(nextSteps(meetings.nextSteps(m.reference())));
    if (m.thankedAt() != null) {
      Paragraph thanks = new Paragraph(getTranslation("meeting.thankedInfo", Labels.when(m.thankedAt()), m.thankedBy(),
          m.thanksNote()));
      thanks.setId("meeting-thanks");
      add(thanks);
    }
  }

  private Component actions(Meeting m) {
    HorizontalLayout actions = new HorizontalLayout();
    if (meetings.awaitsConfirmation(m.reference())) {
      Button confirm = new Button(getTranslation("meeting.confirm.open"), e -> confirmDialog(m));
      confirm.setId("confirm-meeting");
      confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(confirm);
    }
    return actions;
  }

  @Override
  protected java.time.ZoneId localZone(Meeting m) {
    return zoneOf(m);
  }

  /** The meeting's local time zone: its officer's embassy's (Washington's for an expert). */
  private java.time.ZoneId zoneOf(Meeting m) {
    if (m.officerId() != null) {
      org.liaison.officers.Officer officer = contacts.officer(m.officerId());
      if (!officer.inWashington()) {
        return contacts.embassy(officer.embassyId()).timeZone();
      }
    }
    return java.time.ZoneId.of("America/New_York");
  }

  private void confirmDialog(Meeting m) {
    DatePicker date = new DatePicker(getTranslation("meeting.confirm.date"), LocalDate.now(org.liaison.ui.UserTime.zone()));
    org.liaison.ui.UserTime.calendar(date);
    date.setId("meeting-confirmed-for");
    date.setRequiredIndicatorVisible(true);
    TimePicker time = new TimePicker(getTranslation("meeting.confirm.time"));
    time.setId("meeting-confirmed-time");
    time.setHelperText(getTranslation("meeting.confirm.time.help") + " "
        + getTranslation("meeting.confirm.time.zone", Labels.zone(zoneOf(m))));
    time.setStep(java.time.Duration.ofMinutes(15));
    TextField place = new TextField(getTranslation("meeting.confirm.place"));
    place.setId("meeting-place");
    place.setHelperText(getTranslation("meeting.confirm.place.help"));
    place.setMaxLength(300);
    place.setWidthFull();
    FormDialog dialog = new FormDialog(getTranslation("meeting.confirm.title"), getTranslation("meeting.confirm.save"),
        "save-confirmation", () -> meetings.confirm(m.reference(),
            new MeetingConfirmation(date.getValue(), time.getValue(), place.getValue())),
        getTranslation("meeting.confirm.done", m.reference()), () -> show(m.reference()));
    dialog.with(new Paragraph(getTranslation("meeting.confirm.intro")), date, time, place);
    dialog.errors().bind("confirmedFor", date).bind("at", time).bind("place", place);
    dialog.open();
  }

  private Component nextSteps(List<NextStep> steps) {
    Div section = new Div(new H3(getTranslation("meeting.nextSteps")));
    if (steps.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("meeting.nextSteps.none"));
      none.setId("meeting-next-steps");
      section.add(none);
      return section;
    }
    UnorderedList list = new UnorderedList();
    list.setId("meeting-next-steps");
    for (NextStep s : steps) {
      ListItem item = new ListItem(s.description() + " — " + getTranslation("meeting.nextStep.owner", s.owner(),
          Labels.day(s.dueOn())));
      item.getElement().setAttribute("data-done", String.valueOf(s.done()));
      Span state = new Span(" · " + (s.done() ? getTranslation("meeting.nextStep.done", s.doneBy(), Labels.when(s.doneAt()))
          + (s.doneNote() == null ? "" : " “" + s.doneNote() + "”") : getTranslation("meeting.nextStep.open")));
      state.addClassName("liaison-muted");
      item.add(state);
      list.add(item);
    }
    section.add(list);
    return section;
  }
}
