package org.liaison.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.common.InvalidInputException;
import org.liaison.settings.TaskDuePeriods;
import org.liaison.ui.DurationField;
import org.liaison.ui.Durations.Unit;
import org.liaison.ui.Notices;
import org.liaison.workflow.ProcessMaps;
import org.liaison.workflow.ProcessMaps.StepKind;

/**
 * When each kind of step is due after it appears, per lifecycle: a number and a unit per step, the
 * coalition's own period or Liaison's default, saved together. A risk assessment is due after the
 * assessment SLA set above, and is not listed here.
 */
class DuePeriodsSection extends Div {

  static final List<String> LIFECYCLES = List.of("raise-issue", "embassy-meeting", "court-hearing", "convening",
      "hrr-input", "defender-emergency", "relationship-cadence");
  private static final String ASSESSMENT = "Task_AssessRisk";

  private final TaskDuePeriods periods;
  private final Map<String, DurationField> fields = new LinkedHashMap<>();
  private Map<String, String> shown = Map.of();

  DuePeriodsSection(TaskDuePeriods periods, ProcessMaps maps, boolean mayChange) {
    this.periods = periods;
    setId("due-periods");
    Paragraph intro = new Paragraph(getTranslation("settings.due.intro"));
    intro.addClassName("liaison-muted");
    List<StepKind> steps = maps.userSteps(LIFECYCLES).stream().filter(s -> !ASSESSMENT.equals(s.taskKey())).toList();
    steps.forEach(s -> fields.computeIfAbsent(s.taskKey(), k -> {
      DurationField field = new DurationField(null, "due-" + k, EnumSet.of(Unit.HOURS, Unit.DAYS, Unit.WEEKS, Unit.MONTHS));
      field.setAccessibleName(getTranslation("settings.due.after") + ": " + s.name());
      field.setReadOnly(!mayChange);
      return field;
    }));
    Grid<StepKind> grid = new Grid<>();
    grid.setId("due-periods-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
    grid.addColumn(s -> getTranslation("process." + s.processKey())).setHeader(getTranslation("settings.due.lifecycle"))
        .setFlexGrow(1);
    grid.addColumn(StepKind::name).setHeader(getTranslation("settings.due.step")).setFlexGrow(1);
    // wide enough for the number and the longest unit ("months"), never cut off
    grid.addComponentColumn(s -> fields.get(s.taskKey())).setHeader(getTranslation("settings.due.after"))
        .setWidth("21em").setFlexGrow(0);
    grid.setItems(steps);
    grid.setAllRowsVisible(true); // the user steps of the models: bounded
    show();
    add(new H3(getTranslation("settings.due.title")), intro, grid);
    if (mayChange) {
      Button save = new Button(getTranslation("settings.due.save"), e -> save());
      save.setId("save-due-periods");
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(save);
    }
  }

  private void show() {
    shown = periods.effective(fields.keySet());
    shown.forEach((kind, period) -> fields.get(kind).setValue(period));
  }

  private void save() {
    fields.values().forEach(f -> f.setInvalid(false));
    int changed = 0;
    for (Map.Entry<String, DurationField> e : fields.entrySet()) {
      DurationField field = e.getValue();
      if (field.getValue().isEmpty()) {
        field.setErrorMessage(getTranslation("duration.required", field.unitLabel()));
        field.setInvalid(true);
        return;
      }
      if (field.getValue().equals(shown.get(e.getKey()))) {
        continue;
      }
      try {
        periods.change(e.getKey(), field.getValue());
        changed++;
      } catch (InvalidInputException invalid) {
        field.setErrorMessage(getTranslation("settings.due.invalid"));
        field.setInvalid(true);
        show();
        return;
      }
    }
    show();
    Notices.success(getTranslation("settings.due.saved", changed));
  }
}
