package org.liaison.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.ui.TaskForm;
import org.liaison.inbox.ui.TaskFormFactory;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingRecord;
import org.liaison.meetings.MeetingService;
import org.liaison.meetings.Thanks;
import org.liaison.officers.ContactService;
import org.liaison.officers.NewNextStep;
import org.liaison.officers.NextStep;
import org.liaison.officers.Officer;
import org.liaison.processes.EmbassyMeetingProcess;
import org.liaison.processes.EmbassyMeetingProcess.Forms;
import org.liaison.inbox.ui.TaskAbout;
import org.liaison.officers.Engagement;
import org.liaison.officers.EngagementKind;
import org.liaison.ui.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meeting steps that need more than a note, each a form of the inbox. */
final class MeetingForms {

  /**
   * Above every step of a meeting, generic ones included: the meeting (linked), the officer with their
   * title and embassy, when and where it was confirmed, and what the officer replied (a case's meeting)
   * or what it is for.
   */
  static Component about(Component page, MeetingService meetings, ContactService contacts, InboxItem item) {
    Meeting meeting = meetings.forTask(item.task().id());
    Officer officer = officerOf(contacts, meeting);
    Div about = new Div();
    about.setId("form-meeting");
    about.addClassName("liaison-card");
    String who = "—";
    org.liaison.officers.Embassy embassy = officer == null || officer.inWashington() ? null
        : contacts.embassy(officer.embassyId());
    java.time.ZoneId zone = embassy == null ? java.time.ZoneId.of("America/New_York") : embassy.timeZone();
    if (officer != null) {
      String where = embassy == null ? page.getTranslation("align.washington") : Labels.embassy(page, embassy);
      who = officer.name() + (officer.title() == null ? "" : ", " + officer.title()) + " · " + where;
    }
    Paragraph heading = new Paragraph(new Anchor("meetings/" + meeting.reference(),
        page.getTranslation("meeting.about", meeting.reference(), who)));
    heading.setId("form-meeting-officer");
    Paragraph when = new Paragraph(meeting.confirmedFor() == null ? page.getTranslation("meeting.about.notConfirmed")
        : meeting.place() == null
            ? page.getTranslation("meeting.about.when", Labels.day(meeting.confirmedFor(), meeting.confirmedTime(), zone))
            : page.getTranslation("meeting.about.whenAt",
                Labels.day(meeting.confirmedFor(), meeting.confirmedTime(), zone), meeting.place()));
    when.setId("form-meeting-when");
    Engagement engagement = meetings.engagement(meeting.reference());
    Paragraph asked = new Paragraph(engagement.kind() == EngagementKind.REPLY
        ? page.getTranslation("meeting.about.reply", Labels.day(engagement.occurredOn()), engagement.summary())
        : page.getTranslation("meeting.about.purpose", engagement.summary()));
    asked.setId("form-meeting-reply");
    asked.getStyle().set("white-space", "pre-wrap");
    about.add(heading, when, asked);
    return about;
  }

  private static Officer officerOf(ContactService contacts, Meeting meeting) {
    return meeting.officerId() == null ? null : contacts.officer(meeting.officerId());
  }

  /** Whether the meeting took place, what came of it, and the next steps agreed (each becomes a task). */
  static class RecordMeeting extends TaskForm {

    private final List<String> people;
    private final Div rowsBox = new Div();
    private final List<Row> rows = new ArrayList<>();

    record Row(TextField description, ComboBox<String> owner, DatePicker due) {}

    RecordMeeting(InboxItem item, MeetingService meetings, ContactService contacts) {
      super(item);
      people = meetings.possibleOwners();
      add(new Paragraph(getTranslation("record-meeting.intro")));

      RadioButtonGroup<Boolean> held = new RadioButtonGroup<>(getTranslation("record-meeting.held"));
      held.setId("meeting-held");
      held.setItems(Boolean.TRUE, Boolean.FALSE);
      held.setItemLabelGenerator(yes -> getTranslation(yes ? "record-meeting.held.yes" : "record-meeting.held.no"));
      held.setRequiredIndicatorVisible(true);
      TextArea outcome = new TextArea(getTranslation("record-meeting.outcome"));
      outcome.setId("meeting-outcome");
      outcome.setHelperText(getTranslation("record-meeting.outcome.help"));
      outcome.setRequiredIndicatorVisible(true);
      outcome.setMaxLength(4000);
      outcome.setWidthFull();
      outcome.setMinHeight("6em");

      Div nextSteps = new Div(new H4(getTranslation("record-meeting.nextSteps")),
          new Paragraph(getTranslation("record-meeting.nextSteps.help")), rowsBox);
      nextSteps.setId("meeting-next-steps-editor");
      Button addStep = new Button(getTranslation("record-meeting.addNextStep"), VaadinIcon.PLUS.create(), e -> {
        rows.add(newRow());
        render();
      });
      addStep.setId("add-next-step");
      nextSteps.add(addStep);
      nextSteps.setVisible(false);
      held.addValueChangeListener(e -> nextSteps.setVisible(Boolean.TRUE.equals(e.getValue())));

      errors.bind("held", held).bind("outcome", outcome);
      Button submit = new Button(getTranslation("record-meeting.submit"), e -> attempt(() -> meetings.recordMeeting(
          item.task().id(), new MeetingRecord(held.getValue(), outcome.getValue(),
              Boolean.TRUE.equals(held.getValue()) ? rows.stream().map(r -> new NewNextStep(r.description().getValue(),
                  r.owner().getValue(), r.due().getValue())).toList() : List.of())), "record-meeting.done"));
      submit.setId("submit-meeting-record");
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(held, outcome, nextSteps, submit);
    }

    private Row newRow() {
      TextField description = new TextField(getTranslation("record-meeting.nextStep.description"));
      description.setMaxLength(1000);
      description.setWidth("22em");
      ComboBox<String> owner = new ComboBox<>(getTranslation("record-meeting.nextStep.owner"));
      owner.setItems(people);
      owner.setWidth("12em");
      DatePicker due = new DatePicker(getTranslation("record-meeting.nextStep.due"), LocalDate.now(org.liaison.ui.UserTime.zone()).plusDays(14));
      org.liaison.ui.UserTime.calendar(due);
      due.setWidth("10em");
      return new Row(description, owner, due);
    }

    /** Lays the rows out again with ids and error bindings by position, as the service names them. */
    private void render() {
      rowsBox.removeAll();
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        row.description().setId("next-step-description-" + i);
        row.owner().setId("next-step-owner-" + i);
        row.due().setId("next-step-due-" + i);
        errors.bind("nextSteps[" + i + "].description", row.description())
            .bind("nextSteps[" + i + "].owner", row.owner())
            .bind("nextSteps[" + i + "].dueOn", row.due());
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
          rows.remove(row);
          render();
        });
        remove.setAriaLabel(getTranslation("record-meeting.removeNextStep"));
        remove.setId("remove-next-step-" + i);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout line = new HorizontalLayout(row.description(), row.owner(), row.due(), remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.addClassName("liaison-next-step-row");
        rowsBox.add(line);
      }
    }
  }

  /** How the officer was thanked, and whether they were invited to the newsletter and social channels. */
  static class ThankOfficer extends TaskForm {
    ThankOfficer(InboxItem item, MeetingService meetings, ContactService contacts) {
      super(item);
      Meeting meeting = meetings.forTask(item.task().id());
      Officer officer = officerOf(contacts, meeting);
      add(new Paragraph(getTranslation("thank-officer.intro")));
      TextArea note = new TextArea(getTranslation("thank-officer.note"));
      note.setId("thanks-note");
      note.setRequiredIndicatorVisible(true);
      note.setMaxLength(4000);
      note.setWidthFull();
      Checkbox newsletter = new Checkbox(getTranslation("thank-officer.newsletter"),
          officer != null && officer.newsletterInvited());
      newsletter.setId("thanks-newsletter");
      Checkbox social = new Checkbox(getTranslation("thank-officer.social"), officer != null && officer.socialInvited());
      social.setId("thanks-social");
      errors.bind("note", note);
      Button submit = new Button(getTranslation("thank-officer.submit"), e -> attempt(() -> meetings.thankOfficer(
          item.task().id(), new Thanks(note.getValue(), newsletter.getValue(), social.getValue())), "thank-officer.done"));
      submit.setId("submit-thanks");
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(note, newsletter, social, submit);
    }
  }

  /** A next step agreed in a meeting, for its owner to mark done. */
  static class CompleteNextStep extends TaskForm {
    CompleteNextStep(InboxItem item, MeetingService meetings, ContactService contacts) {
      super(item);
      NextStep step = meetings.nextStepOf(item.task().id());
      Paragraph what = new Paragraph(step.description());
      what.setId("next-step-description");
      what.addClassName("liaison-part");
      Paragraph due = new Paragraph(getTranslation("complete-next-step.due", Labels.day(step.dueOn())));
      due.setId("next-step-due");
      due.addClassName("liaison-muted");
      TextArea note = new TextArea(getTranslation("complete-next-step.note"));
      note.setId("next-step-note");
      note.setHelperText(getTranslation("step.note.optional"));
      note.setMaxLength(2000);
      note.setWidthFull();
      errors.bind("note", note);
      Button submit = new Button(getTranslation("complete-next-step.submit"), e -> attempt(
          () -> meetings.completeNextStep(item.task().id(), note.getValue()), "complete-next-step.done"));
      submit.setId("submit-next-step");
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(new Paragraph(getTranslation("complete-next-step.intro")), what, due, note, submit);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Factories {
    @Bean
    TaskAbout meetingAbout(MeetingService meetings, ContactService contacts) {
      return new TaskAbout() {
        @Override
        public String processKey() {
          return EmbassyMeetingProcess.KEY;
        }

        @Override
        public Optional<Component> about(InboxItem item) {
          return Optional.of(MeetingForms.about(UI.getCurrent(), meetings, contacts, item));
        }
      };
    }

    @Bean
    TaskFormFactory recordMeetingForm(MeetingService meetings, ContactService contacts) {
      return TaskFormFactory.of(Forms.RECORD_MEETING, item -> new RecordMeeting(item, meetings, contacts));
    }

    @Bean
    TaskFormFactory thankOfficerForm(MeetingService meetings, ContactService contacts) {
      return TaskFormFactory.of(Forms.THANK_OFFICER, item -> new ThankOfficer(item, meetings, contacts));
    }

    @Bean
    TaskFormFactory completeNextStepForm(MeetingService meetings, ContactService contacts) {
      return TaskFormFactory.of(Forms.COMPLETE_NEXT_STEP, item -> new CompleteNextStep(item, meetings, contacts));
    }
  }

  private MeetingForms() {}
}
