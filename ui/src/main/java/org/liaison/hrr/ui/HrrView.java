package org.liaison.hrr.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaison.hrr.HrrCalendar;
import org.liaison.hrr.HrrCycle;
import org.liaison.hrr.HrrService;
import org.liaison.organisations.MemberOrganisationService;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.liaison.tenancy.Role;
import org.liaison.ui.CurrentUser;
import org.liaison.ui.Durations;
import org.liaison.ui.FormDialog;
import org.liaison.ui.Labels;

/**
 * The coalition's yearly input to the Human Rights Report: one calendar per country (started here,
 * then repeating every year by itself) and the cycles it opened.
 */
@Route("hrr")
@PageTitle("Human Rights Report · Liaison")
@PermitAll
class HrrView extends VerticalLayout {

  private final HrrService hrr;
  private final SettingsService settings;
  private final MemberOrganisationService organisations;
  private final boolean coordinator;
  private final Div content = new Div();

  HrrView(HrrService hrr, SettingsService settings, MemberOrganisationService organisations, CurrentUser user) {
    this.organisations = organisations;
    this.hrr = hrr;
    this.settings = settings;
    this.coordinator = user.actor().map(a -> a.has(Role.COORDINATOR)).orElse(false);
    setId("hrr");
    setMaxWidth("64em");
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("hrr.title")));
    header.setAlignItems(Alignment.BASELINE);
    if (coordinator) {
      Button start = new Button(getTranslation("hrr.start"), VaadinIcon.PLAY.create(), e -> startDialog());
      start.setId("start-hrr-calendar");
      start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      header.add(start);
    }
    CoalitionSettings s = settings.current();
    add(header, new Paragraph(getTranslation("hrr.intro", Durations.plain(this, s.hrrSubmissionWindow()),
        Durations.plain(this, s.hrrReminderBefore()))),
        new Anchor("organisations", getTranslation("hrr.organisationsLink")), content);
    content.setWidthFull();
    refresh();
  }

  private void refresh() {
    content.removeAll();
    List<HrrCalendar> calendars = hrr.calendars();
    List<HrrCycle> cycles = hrr.cycles();
    content.add(new H3(getTranslation("hrr.calendars")));
    if (calendars.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("hrr.calendars.none"));
      none.setId("hrr-calendars-empty");
      content.add(none);
    } else {
      content.add(calendarGrid(calendars, cycles));
    }
    content.add(new H3(getTranslation("hrr.cycles")));
    if (cycles.isEmpty()) {
      content.add(new Paragraph(getTranslation("hrr.cycles.none")));
      return;
    }
    Grid<HrrCycle> grid = new Grid<>();
    grid.setId("hrr-cycles");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(HrrCycle::reference).setHeader(getTranslation("hrr.cycle.reference")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(c -> Labels.country(c.country())).setHeader(getTranslation("case.country")).setFlexGrow(1);
    grid.addColumn(HrrCycle::year).setHeader(getTranslation("hrr.cycle.year")).setFlexGrow(0);
    grid.addColumn(c -> Labels.when(c.submissionDeadline())).setHeader(getTranslation("hrr.cycle.deadline")).setFlexGrow(1);
    grid.addComponentColumn(c -> Labels.badge(c.status(), getTranslation("hrr.cycle.status." + c.status().name())))
        .setHeader(getTranslation("hrr.cycle.status")).setFlexGrow(1);
    grid.setItems(cycles);
    grid.setAllRowsVisible(true); // bounded: one cycle per country and year, at most 200 (HrrStore.cycles)
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("hrr/" + e.getItem().reference())));
    content.add(Labels.zoneCaption(this, "hrr-cycles-zone"), grid);
  }

  private Component calendarGrid(List<HrrCalendar> calendars, List<HrrCycle> cycles) {
    Map<String, HrrCycle> latest = cycles.stream()
        .collect(Collectors.toMap(HrrCycle::country, Function.identity(), (a, b) -> a.year() >= b.year() ? a : b));
    Grid<HrrCalendar> grid = new Grid<>();
    grid.setId("hrr-calendars");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(c -> Labels.country(c.country())).setHeader(getTranslation("case.country")).setFlexGrow(1);
    grid.addComponentColumn(c -> Labels.badge(c.status(), getTranslation("hrr.calendar.status." + c.status().name())))
        .setHeader(getTranslation("hrr.calendar.status")).setFlexGrow(1);
    grid.addColumn(c -> getTranslation("hrr.calendar.started", Labels.when(c.startedAt()), c.startedBy())
        + (c.endedAt() == null ? "" : " · " + getTranslation("hrr.calendar.ended", Labels.when(c.endedAt()), c.endedBy())))
        .setHeader(getTranslation("hrr.calendar.history")).setFlexGrow(2);
    grid.addComponentColumn(c -> {
      HrrCycle cycle = latest.get(c.country());
      HorizontalLayout cell = new HorizontalLayout();
      if (c.running() && cycle != null) {
        cell.add(new Anchor("hrr/" + cycle.reference(), cycle.reference()));
      }
      if (c.running() && coordinator) {
        Button stop = new Button(getTranslation("hrr.stop"), e -> stopDialog(c));
        stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        stop.getElement().setAttribute("data-action", "stop-calendar");
        stop.getElement().setAttribute("data-country", c.country());
        cell.add(stop);
      }
      return cell;
    }).setHeader(getTranslation("hrr.calendar.current")).setFlexGrow(2);
    grid.setItems(calendars);
    grid.setAllRowsVisible(true);
    return grid;
  }

  private void startDialog() {
    ComboBox<String> country = new ComboBox<>(getTranslation("case.country"));
    country.setId("hrr-country");
    country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(Labels::country)).toList());
    country.setItemLabelGenerator(Labels::country);
    country.setWidthFull();
    int called = organisations.count();
    FormDialog dialog = new FormDialog(getTranslation("hrr.start"), getTranslation("hrr.startSave"), "save-hrr-calendar",
        () -> hrr.startCalendar(country.getValue()),
        called == 0 ? getTranslation("hrr.started.nobody") : getTranslation("hrr.started", called), this::refresh);
    dialog.with(new Paragraph(getTranslation("hrr.start.intro")));
    if (called == 0) {
      Paragraph warning = new Paragraph(getTranslation("hrr.start.nobody"));
      warning.setId("hrr-start-nobody");
      warning.addClassName("liaison-card");
      dialog.with(warning);
    }
    dialog.with(country);
    dialog.errors().bind("country", country);
    dialog.open();
  }

  private void stopDialog(HrrCalendar calendar) {
    FormDialog dialog = new FormDialog(getTranslation("hrr.stop.title", Labels.country(calendar.country())),
        getTranslation("hrr.stop"), "confirm-stop-calendar", () -> hrr.stopCalendar(calendar.country()),
        getTranslation("hrr.stopped", Labels.country(calendar.country())), this::refresh);
    dialog.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
    dialog.with(new Paragraph(getTranslation("hrr.stop.intro")));
    dialog.open();
  }
}
