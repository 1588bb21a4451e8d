package org.liaison.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.liaison.common.InvalidInputException;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.liaison.tenancy.Role;
import org.liaison.ui.CurrentUser;
import org.liaison.ui.DurationField;
import org.liaison.ui.Durations.Unit;
import org.liaison.ui.FieldErrors;
import org.liaison.ui.Notices;

/** The coalition's timer settings; everyone sees them, coordinators and admins change them. */
@Route("settings")
@PageTitle("Settings · Liaison")
@PermitAll
class SettingsView extends VerticalLayout {

  private final SettingsService settings;
  private final DurationField followUpInterval = duration("settings-follow-up-interval", "settings.followUpInterval");
  private final IntegerField followUps = new IntegerField();
  private final DurationField contactCadence = duration("settings-contact-cadence", "settings.contactCadence");
  private final DurationField assessmentSla = duration("settings-assessment-sla", "settings.defenderAssessmentSla",
      EnumSet.of(Unit.MINUTES, Unit.HOURS, Unit.DAYS));
  private final DurationField hearingLead = duration("settings-hearing-lead", "settings.hearingRequestLead");
  private final DurationField hrrWindow = duration("settings-hrr-window", "settings.hrrSubmissionWindow");
  private final DurationField hrrReminder = duration("settings-hrr-reminder", "settings.hrrReminderBefore");
  private final DurationField monitoring = duration("settings-monitoring-interval",
      "settings.defenderMonitoringInterval");
  private final IntegerField attachmentLimit = new IntegerField();
  private final FieldErrors errors = new FieldErrors();

  SettingsView(SettingsService settings, CurrentUser user, org.liaison.settings.TaskDuePeriods duePeriods,
      org.liaison.workflow.ProcessMaps maps) {
    this.settings = settings;
    setId("settings");
    setMaxWidth("56em");
    add(new H2(getTranslation("settings.title")), new Paragraph(getTranslation("settings.intro")));

    followUps.setId("settings-follow-ups");
    followUps.setLabel(getTranslation("settings.followUpsBeforeEscalation"));
    followUps.setHelperText(getTranslation("settings.followUpsBeforeEscalation.help"));
    followUps.setStepButtonsVisible(true);
    errors.bind("followUpInterval", followUpInterval).bind("followUpsBeforeEscalation", followUps)
        .bind("contactCadence", contactCadence).bind("defenderAssessmentSla", assessmentSla)
        .bind("hearingRequestLead", hearingLead).bind("hrrSubmissionWindow", hrrWindow)
        .bind("hrrReminderBefore", hrrReminder).bind("defenderMonitoringInterval", monitoring);
    attachmentLimit.setId("settings-attachment-limit");
    attachmentLimit.setLabel(getTranslation("settings.attachmentLimit"));
    attachmentLimit.setHelperText(getTranslation("settings.attachmentLimit.help"));
    attachmentLimit.setMin(1);
    attachmentLimit.setMax(100);
    attachmentLimit.setStepButtonsVisible(true);
    errors.bind("attachmentLimit", attachmentLimit);
    show(settings.current());
    attachmentLimit.setValue(settings.attachmentLimitMegabytes());
    // two columns, so the whole form and its save button fit on one screen
    FormLayout form = new FormLayout(followUpInterval, followUps, contactCadence, hearingLead, assessmentSla, monitoring,
        hrrWindow, hrrReminder, attachmentLimit);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    add(form);

    boolean mayChange = user.actor().map(a -> a.has(Role.COORDINATOR) || a.has(Role.ADMIN)).orElse(false);
    if (mayChange) {
      Button save = new Button(getTranslation("settings.save"), e -> save());
      save.setId("save-settings");
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(save);
    } else {
      durations().forEach(f -> f.setReadOnly(true));
      followUps.setReadOnly(true);
      attachmentLimit.setReadOnly(true);
      add(new Paragraph(getTranslation("settings.readOnly")));
    }
    add(new DuePeriodsSection(duePeriods, maps, mayChange));
  }

  private DurationField duration(String id, String key) {
    return duration(id, key, EnumSet.of(Unit.HOURS, Unit.DAYS, Unit.WEEKS, Unit.MONTHS));
  }

  private DurationField duration(String id, String key, Set<Unit> units) {
    DurationField field = new DurationField(getTranslation(key), id, units);
    field.setHelperText(getTranslation(key + ".help"));
    return field;
  }

  private List<DurationField> durations() {
    return List.of(followUpInterval, contactCadence, assessmentSla, hearingLead, hrrWindow, hrrReminder, monitoring);
  }

  private void show(CoalitionSettings s) {
    followUpInterval.setValue(s.followUpInterval());
    followUps.setValue(s.followUpsBeforeEscalation());
    contactCadence.setValue(s.contactCadence());
    assessmentSla.setValue(s.defenderAssessmentSla());
    hearingLead.setValue(s.hearingRequestLead());
    hrrWindow.setValue(s.hrrSubmissionWindow());
    hrrReminder.setValue(s.hrrReminderBefore());
    monitoring.setValue(s.defenderMonitoringInterval());
  }

  private void save() {
    errors.clear();
    List<DurationField> empty = durations().stream().filter(f -> f.getValue().isEmpty()).toList();
    empty.forEach(f -> {
      f.setErrorMessage(getTranslation("duration.required", f.unitLabel()));
      f.setInvalid(true);
    });
    if (!empty.isEmpty()) {
      return;
    }
    try {
      CoalitionSettings saved = settings.update(new CoalitionSettings(followUpInterval.getValue(),
          followUps.getValue() == null ? 0 : followUps.getValue(), contactCadence.getValue(),
          assessmentSla.getValue(), hearingLead.getValue(), hrrWindow.getValue(), hrrReminder.getValue(),
          monitoring.getValue()));
      attachmentLimit.setValue(settings.changeAttachmentLimit(attachmentLimit.getValue()));
      errors.clear();
      show(saved);
      Notices.success(getTranslation("settings.saved"));
    } catch (InvalidInputException e) {
      errors.show(e);
    }
  }
}
