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
import org.liaison.cases.CaseList;
import org.liaison.cases.CaseQuery;
import org.liaison.hearings.CourtHearing;
import org.liaison.hearings.CourtHearingService;
import org.liaison.hearings.NewHearing;
import org.liaison.ui.FormDialog;
import org.liaison.hearings.HearingStatus;
import org.liaison.records.ListQuery;
import org.liaison.ui.Labels;
import org.liaison.ui.ListFilters;
import org.liaison.ui.ListPage;

/** The coalition's court hearings, soonest first, and scheduling a new one. */
@Route("hearings")
@PageTitle("Court hearings · Liaison")
@PermitAll
class HearingsView extends VerticalLayout {

  private final CourtHearingService hearings;
  private final CaseList cases;
  private final org.liaison.officers.ContactService contacts;

  HearingsView(CourtHearingService hearings, CaseList cases, org.liaison.cases.CaseService caseService,
      org.liaison.officers.ContactService contacts) {
    this.contacts = contacts;
    // each hearing is dated in the local time of its case's country, the zone named (as on its page)
    java.util.Map<String, java.time.ZoneId> zones = new java.util.HashMap<>();
    java.util.function.Function<CourtHearing, java.time.ZoneId> zoneOfRow = h -> h.caseReference() == null
        ? HearingTimes.zoneOf(null, contacts)
        : zones.computeIfAbsent(h.caseReference(), ref -> HearingTimes.zoneOf(caseService.get(ref).country(), contacts));
    this.hearings = hearings;
    this.cases = cases;
    setId("hearings");
    Button schedule = new Button(getTranslation("hearings.schedule"), VaadinIcon.PLUS.create(), e -> scheduleDialog());
    schedule.setId("schedule-hearing");
    schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("hearings.title")), schedule);
    header.setAlignItems(Alignment.BASELINE);
    add(header, new Paragraph(getTranslation("hearings.intro")));

    ComboBox<HearingStatus> status = ListFilters.choice(this, "hearings-filter-status", "hearing.status",
        HearingStatus.values(), "hearing.status.");
    ListPage<CourtHearing> list = new ListPage<>(this, "hearings-grid");
    Grid<CourtHearing> grid = list.grid();
    grid.addColumn(CourtHearing::reference).setHeader(getTranslation("hearing.reference")).setSortProperty("reference")
        .setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(CourtHearing::title).setHeader(getTranslation("hearing.title")).setSortProperty("title").setFlexGrow(3);
    grid.addColumn(CourtHearing::court).setHeader(getTranslation("hearing.court")).setSortProperty("court").setFlexGrow(2);
    grid.addColumn(h -> Labels.when(h.hearingAt(), zoneOfRow.apply(h))).setHeader(getTranslation("hearing.date")).setSortProperty("date")
        .setFlexGrow(1);
    grid.addComponentColumn(h -> Labels.badge(h.status(), getTranslation("hearing.status." + h.status().name())))
        .setHeader(getTranslation("hearing.status")).setSortProperty("status").setFlexGrow(2);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("hearings/" + e.getItem().reference())));
    list.filter(status).fetching((text, sort, descending, offset, limit) -> hearings.find(new ListQuery(text,
        status.getValue() == null ? null : status.getValue().name(), null, sort, descending), offset, limit));
    add(list.components());
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
    org.liaison.ui.UserTime.calendar(at);
    at.setId("hearing-at");
    at.setRequiredIndicatorVisible(true);
    at.setMin(LocalDateTime.now());
    ComboBox<CaseDetails> forCase = new ComboBox<>(getTranslation("hearing.case"));
    forCase.setId("hearing-case");
    forCase.setHelperText(getTranslation("hearing.case.help"));
    forCase.setItems(query -> cases.find(CaseQuery.ALL.withText(query.getFilter().orElse(null)), query.getOffset(),
        query.getLimit()).items().stream());
    forCase.setItemLabelGenerator(c -> c.reference() + " · " + c.title());
    forCase.setClearButtonVisible(true);
    forCase.setWidthFull();
    // the date is the local time of the case's country, the zone named under the picker
    Runnable nameTheZone = () -> at.setHelperText(getTranslation(
        forCase.getValue() == null ? "hearing.date.zone.noCase" : "hearing.date.zone", Labels.zone(zoneOf(forCase))));
    forCase.addValueChangeListener(e -> nameTheZone.run());
    nameTheZone.run();
    AtomicReference<CourtHearing> scheduled = new AtomicReference<>();
    FormDialog dialog = new FormDialog(getTranslation("hearings.schedule"), getTranslation("hearings.schedule.save"),
        "save-hearing", () -> scheduled.set(hearings.schedule(new NewHearing(title.getValue(), court.getValue(),
            HearingTimes.toInstant(at.getValue(), zoneOf(forCase)), forCase.getValue() == null ? null : forCase.getValue().reference()))),
        getTranslation("hearings.schedule.done"),
        () -> getUI().ifPresent(ui -> ui.navigate("hearings/" + scheduled.get().reference())));
    dialog.with(new Paragraph(getTranslation("hearings.schedule.intro")), title, court, at, forCase);
    dialog.errors().bind("title", title).bind("court", court).bind("hearingAt", at).bind("caseReference", forCase);
    dialog.open();
  }

  private java.time.ZoneId zoneOf(ComboBox<CaseDetails> forCase) {
    return HearingTimes.zoneOf(forCase.getValue() == null ? null : forCase.getValue().country(), contacts);
  }
}
