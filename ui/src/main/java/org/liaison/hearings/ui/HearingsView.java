package org.liaison.hearings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.hearings.CourtHearing;
import org.liaison.hearings.CourtHearingService;
import org.liaison.hearings.NewHearing;
import org.liaison.ui.FormDialog;
import org.liaison.ui.Labels;

/** The coalition's court hearings, soonest first, and scheduling a new one. */
@Route("hearings")
@PageTitle("Court hearings · Liaison")
@PermitAll
class HearingsView extends VerticalLayout {

  private final CourtHearingService hearings;
  private final CaseService cases;

  HearingsView(CourtHearingService hearings, CaseService cases) {
    this.hearings = hearings;
    this.cases = cases;
    setId("hearings");
    Button schedule = new Button(getTranslation("hearings.schedule"), VaadinIcon.PLUS.create(), e -> scheduleDialog());
    schedule.setId("schedule-hearing");
    schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("hearings.title")), schedule);
    header.setAlignItems(Alignment.BASELINE);
    add(header, new Paragraph(getTranslation("hearings.intro")));

    List<CourtHearing> all = hearings.list();
    if (all.isEmpty()) {
      Paragraph empty = new Paragraph(getTranslation("hearings.empty"));
      empty.setId("hearings-empty");
      add(empty);
      return;
    }
    Grid<CourtHearing> grid = new Grid<>();
    grid.setId("hearings-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(CourtHearing::reference).setHeader(getTranslation("hearing.reference")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(CourtHearing::title).setHeader(getTranslation("hearing.title")).setFlexGrow(3);
    grid.addColumn(CourtHearing::court).setHeader(getTranslation("hearing.court")).setFlexGrow(2);
    grid.addColumn(h -> Labels.when(h.hearingAt())).setHeader(getTranslation("hearing.date")).setFlexGrow(1);
    grid.addComponentColumn(h -> Labels.badge(h.status(), getTranslation("hearing.status." + h.status().name())))
        .setHeader(getTranslation("hearing.status")).setFlexGrow(2);
    grid.setItems(all);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("hearings/" + e.getItem().reference())));
    add(grid);
  }

  private void scheduleDialog() {
    TextField title = new TextField(getTranslation("hearing.title"));
    title.setId("hearing-title");
    title.setHelperText(getTranslation("hearing.title.help"));
    title.setRequiredIndicatorVisible(true);
    title.setWidthFull();
    TextField court = new TextField(getTranslation("hearing.court"));
    court.setId("hearing-court");
    court.setRequiredIndicatorVisible(true);
    court.setWidthFull();
    DateTimePicker at = new DateTimePicker(getTranslation("hearing.date"));
    at.setId("hearing-at");
    at.setRequiredIndicatorVisible(true);
    at.setMin(LocalDateTime.now());
    ComboBox<CaseDetails> forCase = new ComboBox<>(getTranslation("hearing.case"));
    forCase.setId("hearing-case");
    forCase.setHelperText(getTranslation("hearing.case.help"));
    forCase.setItems(cases.list());
    forCase.setItemLabelGenerator(c -> c.reference() + " · " + c.title());
    forCase.setClearButtonVisible(true);
    forCase.setWidthFull();
    AtomicReference<CourtHearing> scheduled = new AtomicReference<>();
    FormDialog dialog = new FormDialog(getTranslation("hearings.schedule"), getTranslation("hearings.schedule.save"),
        "save-hearing", () -> scheduled.set(hearings.schedule(new NewHearing(title.getValue(), court.getValue(),
            HearingTimes.toInstant(at.getValue()), forCase.getValue() == null ? null : forCase.getValue().reference()))),
        getTranslation("hearings.schedule.done"),
        () -> getUI().ifPresent(ui -> ui.navigate("hearings/" + scheduled.get().reference())));
    dialog.with(new Paragraph(getTranslation("hearings.schedule.intro")), title, court, at, forCase);
    dialog.errors().bind("title", title).bind("court", court).bind("hearingAt", at).bind("caseReference", forCase);
    dialog.open();
  }
}
