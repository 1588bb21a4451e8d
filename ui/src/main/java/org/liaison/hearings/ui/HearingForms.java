package org.liaison.hearings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.cases.CaseService;
import org.liaison.hearings.AttendanceRequest;
import org.liaison.hearings.CourtHearing;
import org.liaison.hearings.CourtHearingService;
import org.liaison.hearings.HearingOfficer;
import org.liaison.hearings.Observation;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.ui.TaskForm;
import org.liaison.inbox.ui.TaskFormFactory;
import org.liaison.officers.ContactService;
import org.liaison.officers.Officer;
import org.liaison.processes.CourtHearingProcess.Forms;
import org.liaison.ui.Labels;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hearing steps that need more than a note, each a form of the inbox. */
final class HearingForms {

  private static Paragraph about(TaskForm form, CourtHearing hearing, java.time.ZoneId zone) {
    Paragraph about = new Paragraph();
    about.setId("form-hearing");
    about.addClassName("liaison-card");
    about.add(new Anchor("hearings/" + hearing.reference(), hearing.reference() + " · " + hearing.title()));
    about.add(" · " + form.getTranslation("hearing.dateAt", Labels.when(hearing.hearingAt(), zone), hearing.court()));
    return about;
  }

  private static java.time.ZoneId zoneOf(CourtHearing hearing, CaseService cases, ContactService contacts) {
    return HearingTimes.zoneOf(hearing.caseReference() == null ? null : cases.get(hearing.caseReference()).country(),
        contacts);
  }

  /** The owner asks embassy officers to attend; each request is recorded as an engagement. */
  static class RequestAttendance extends TaskForm {
    RequestAttendance(InboxItem item, CourtHearingService hearings, ContactService contacts, CaseService cases) {
      super(item);
      CourtHearing hearing = hearings.forTask(item.task().id());
      add(about(this, hearing, zoneOf(hearing, cases, contacts)),
          new Paragraph(getTranslation("request-hearing-attendance.intro")));
      Set<java.util.UUID> askedBefore = hearings.officers(hearing.reference()).stream().map(HearingOfficer::officerId)
          .collect(Collectors.toSet());
      List<Officer> officers = contacts.officers();
      CheckboxGroup<Officer> chosen = new CheckboxGroup<>(getTranslation("request-hearing-attendance.officers"));
      chosen.setId("attendance-officers");
      chosen.setItems(officers);
      java.util.Map<java.util.UUID, String> embassies = contacts.embassies().stream()
          .collect(Collectors.toMap(org.liaison.officers.Embassy::id, e -> Labels.embassy(this, e)));
      chosen.setItemLabelGenerator(o -> o.name() + " · " + getTranslation("portfolio." + o.portfolio().name())
          + " · " + (o.inWashington() ? getTranslation("align.washington") : embassies.getOrDefault(o.embassyId(), "")));
      chosen.setHelperText(getTranslation("request-hearing-attendance.officers.help"));
      chosen.setRequiredIndicatorVisible(true);
      chosen.select(officers.stream().filter(o -> askedBefore.contains(o.id())).toList());
      TextArea note = new TextArea(getTranslation("request-hearing-attendance.note"));
      note.setId("attendance-note");
      note.setHelperText(getTranslation("step.note.optional"));
      note.setMaxLength(2000);
      note.setWidthFull();
      errors.bind("officerIds", chosen).bind("note", note);
      Button submit = new Button(getTranslation("request-hearing-attendance.submit"), e -> attempt(
          () -> hearings.requestAttendance(item.task().id(), new AttendanceRequest(
              chosen.getSelectedItems().stream().map(Officer::id).collect(Collectors.toSet()), note.getValue())),
          "request-hearing-attendance.done"));
      submit.setId("submit-attendance-request");
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(chosen, note, submit);
    }
  }

  /** On the hearing day: who of the officers asked attended, and what was observed. */
  static class RecordObservation extends TaskForm {
    RecordObservation(InboxItem item, CourtHearingService hearings, ContactService contacts, CaseService cases) {
      super(item);
      CourtHearing hearing = hearings.forTask(item.task().id());
      add(about(this, hearing, zoneOf(hearing, cases, contacts)),
          new Paragraph(getTranslation("record-hearing-observation.intro")));
      CheckboxGroup<HearingOfficer> attended = new CheckboxGroup<>(getTranslation("record-hearing-observation.attended"));
      attended.setId("observation-attended");
      attended.setItems(hearings.officers(hearing.reference()));
      attended.setItemLabelGenerator(HearingOfficer::name);
      attended.setHelperText(getTranslation("record-hearing-observation.attended.help"));
      TextArea observation = new TextArea(getTranslation("record-hearing-observation.text"));
      observation.setId("observation-text");
      observation.setRequiredIndicatorVisible(true);
      observation.setMaxLength(4000);
      observation.setWidthFull();
      observation.setMinHeight("8em");
      errors.bind("attendedOfficerIds", attended).bind("observation", observation);
      Button submit = new Button(getTranslation("record-hearing-observation.submit"), e -> attempt(
          () -> hearings.recordObservation(item.task().id(), new Observation(
              attended.getSelectedItems().stream().map(HearingOfficer::officerId).collect(Collectors.toSet()),
              observation.getValue())), "record-hearing-observation.done"));
      submit.setId("submit-observation");
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(attended, observation, submit);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Factories {
    @Bean
    TaskFormFactory requestHearingAttendanceForm(CourtHearingService hearings, ContactService contacts,
        CaseService cases) {
      return TaskFormFactory.of(Forms.REQUEST_HEARING_ATTENDANCE,
          item -> new RequestAttendance(item, hearings, contacts, cases));
    }

    @Bean
    TaskFormFactory recordHearingObservationForm(CourtHearingService hearings, ContactService contacts,
        CaseService cases) {
      return TaskFormFactory.of(Forms.RECORD_HEARING_OBSERVATION,
          item -> new RecordObservation(item, hearings, contacts, cases));
    }
  }

  private HearingForms() {}
}
