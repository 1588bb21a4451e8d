package org.liaison.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.StreamResourceWriter;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.liaison.cases.Theme;
import org.liaison.common.InvalidInputException;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.reports.Csv;
import org.liaison.reports.CycleTimes;
import org.liaison.reports.EmbassyResponsiveness;
import org.liaison.reports.Overview;
import org.liaison.reports.ReportFilter;
import org.liaison.reports.ReportService;
import org.liaison.reports.ReportTable;
import org.liaison.reports.Workload;
import org.liaison.ui.Labels;
import org.liaison.ui.ListFilters;
import org.liaison.ui.Notices;
import org.liaison.workflow.StuckJob;
import org.liaison.workflow.TaskNotAvailableException;

/**
 * Reports for the coalition's coordinators and admins: the filters, then each figure as bars (plain
 * CSS, no chart library: the numbers are in the table beside them, and each bar row names its numbers
 * for screen readers), its table, a caption saying what is counted, and a CSV download of the table.
 */
@Route("reports")
@PageTitle("Reports · Liaison")
@RolesAllowed({"COORDINATOR", "ADMIN"})
class ReportsView extends VerticalLayout {

  private final ReportService reports;
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final ComboBox<Embassy> embassy = new ComboBox<>();
  private final TextField country = new TextField();
  private final ComboBox<Theme> theme;
  private final ComboBox<String> process = new ComboBox<>();
  private final Span problem = new Span();
  private final Div figures = new Div();

  ReportsView(ReportService reports, ContactService contacts) {
    this.reports = reports;
    setId("reports");
    add(new H2(getTranslation("reports.title")), new Paragraph(getTranslation("reports.intro")));

    from.setLabel(getTranslation("reports.filter.from"));
    from.setId("report-from");
    org.liaison.ui.UserTime.calendar(from);
    org.liaison.ui.UserTime.calendar(to);
    to.setLabel(getTranslation("reports.filter.to"));
    to.setId("report-to");
    embassy.setLabel(getTranslation("reports.filter.embassy"));
    embassy.setId("report-embassy");
    embassy.setItems(contacts.embassies().stream()
        .sorted(Comparator.comparing(Embassy::country).thenComparing(Embassy::city)).toList());
    embassy.setItemLabelGenerator(e -> e.city() + " (" + e.country() + ")");
    embassy.setClearButtonVisible(true);
    country.setLabel(getTranslation("reports.filter.country"));
    country.setId("report-country");
    country.setMaxLength(2);
    country.setWidth("6em");
    theme = ListFilters.choice(this, "report-theme", "reports.filter.theme", Theme.values(), "theme.");
    process.setLabel(getTranslation("reports.filter.process"));
    process.setId("report-process");
    process.setItems(ReportFilter.PROCESSES.stream().sorted().toList());
    process.setItemLabelGenerator(key -> getTranslation("process." + key));
    process.setClearButtonVisible(true);
    Button apply = new Button(getTranslation("reports.filter.apply"), e -> refresh());
    apply.setId("report-apply");
    apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout filters = new HorizontalLayout(from, to, embassy, country, theme, process, apply);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    filters.getStyle().set("flex-wrap", "wrap");
    problem.setId("report-problem");
    problem.addClassName("liaison-error");
    problem.setVisible(false);
    figures.setId("report-figures");
    figures.setWidthFull();
    add(filters, problem, figures, new WhereWorkWaits(reports));
    refresh();
  }

  private void refresh() {
    ReportFilter filter;
    try {
      filter = new ReportFilter(from.getValue(), to.getValue(), embassy.getValue() == null ? null : embassy.getValue().id(),
          country.isEmpty() ? null : country.getValue().strip().toUpperCase(Locale.ROOT), theme.getValue(),
          process.getValue());
    } catch (InvalidInputException e) {
      showProblem(e);
      return;
    }
    Overview overview;
    CycleTimes times;
    EmbassyResponsiveness embassies;
    Workload workload;
    List<StuckJob> stuck;
    try {
      overview = reports.overview(filter);
      times = reports.cycleTimes(filter);
      embassies = reports.embassies(filter);
      workload = reports.workload(filter);
      stuck = reports.stuckWork();
    } catch (InvalidInputException e) {
      showProblem(e);
      return;
    }
    problem.setVisible(false);
    figures.removeAll();
    // which embassy the figures are for, so a reader (and a browser test) can tell the refresh happened
    figures.getElement().setAttribute("data-embassy", embassy.getValue() == null ? "" : embassy.getValue().city());
    List<ReportTable> tables = overview.tables();
    figure(table(tables, "open-cases-by-status"), 0, new int[] {1}, caption("open-cases-by-status"), true);
    figure(table(tables, "cases-per-month"), 0, new int[] {1, 2}, caption("cases-per-month"), false);
    figure(table(tables, "open-steps"), 2, new int[] {3, 4}, overview.stepsHaveDueDates()
        ? getTranslation("reports.open-steps.caption") : getTranslation("reports.open-steps.captionNoDueDates"), false);
    figure(table(tables, "officers-past-cadence"), 0, new int[] {3},
        getTranslation("reports.officers-past-cadence.captionTotal", overview.officersPastCadenceTotal()), false,
        overview.officersPastCadence().stream().map(o -> "officers/" + o.id()).toList());
    figure(times.table(), 0, new int[] {2, 3}, caption("cycle-times"), true);
    figure(embassies.table(), 1, new int[] {2, 3, 6}, caption("embassies"), false);
    figure(portfolioNames(embassies.portfolioTable()), 0, new int[] {1, 2, 5}, caption("portfolios"), false);
    figure(table(tables, "hrr-cycles"), 0, new int[] {6, 7}, caption("hrr-cycles"), false);
    figure(table(tables, "convenings"), 1, new int[] {3, 4}, caption("convenings"), false);
    figure(transposed(table(tables, "defender-sla")), 0, new int[] {1},
        getTranslation("reports.defender-sla.captionSla", org.liaison.ui.Durations.plain(this, overview.defenderSla().sla())), true);
    figure(named(workload.table()), 0, new int[] {1, 4}, caption("workload"), false);
    stuckWork(stuck);
  }

  /** The portfolio table with each portfolio's name in words. */
  private ReportTable portfolioNames(ReportTable table) {
    return new ReportTable(table.id(), table.columns(), table.rows().stream().map(r -> {
      List<Object> row = new ArrayList<>(r);
      row.set(0, getTranslation("portfolio." + row.get(0)));
      return java.util.Collections.unmodifiableList(row);
    }).toList());
  }

  /** The workload table with "offered to a group" for the tasks nobody holds. */
  private ReportTable named(ReportTable table) {
    return new ReportTable(table.id(), table.columns(), table.rows().stream().map(r -> {
      List<Object> row = new ArrayList<>(r);
      if (row.get(0) == null) {
        row.set(0, getTranslation("reports.workload.offered"));
      }
      return java.util.Collections.unmodifiableList(row);
    }).toList());
  }

  /** Incidents of the coalition's lifecycles, each failed job with a Retry. */
  private void stuckWork(List<StuckJob> stuck) {
    Div section = new Div();
    section.setId("figure-stuck-work");
    section.addClassName("report-figure");
    Paragraph about = new Paragraph(getTranslation("reports.stuck-work.caption"));
    about.addClassName("liaison-muted");
    section.add(new H3(getTranslation("reports.stuck-work.title")), about);
    if (stuck.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("reports.stuck-work.none"));
      none.setId("empty-stuck-work");
      section.add(none);
    } else {
      Grid<StuckJob> grid = new Grid<>();
      grid.setId("table-stuck-work");
      grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
      grid.addColumn(j -> getTranslation("process." + j.processKey())).setHeader(getTranslation("reports.column.process")).setAutoWidth(true);
      grid.addColumn(StuckJob::businessKey).setHeader(getTranslation("reports.column.record")).setAutoWidth(true);
      grid.addColumn(StuckJob::activityName).setHeader(getTranslation("reports.column.step")).setAutoWidth(true);
      grid.addColumn(j -> j.message() == null ? getTranslation("reports.stuck-work.noMessage") : j.message())
          .setHeader(getTranslation("reports.column.message")).setFlexGrow(2);
      grid.addColumn(j -> Labels.when(j.since())).setHeader(getTranslation("reports.column.since")).setAutoWidth(true);
      grid.addComponentColumn(j -> {
        Button retry = new Button(getTranslation("reports.stuck-work.retry"), e -> retry(j));
        retry.setEnabled(j.jobId() != null);
        retry.getElement().setAttribute("data-job", String.valueOf(j.jobId()));
        return retry;
      }).setAutoWidth(true);
      grid.setItems(stuck);
      grid.setAllRowsVisible(true);
      section.add(grid);
    }
    section.add(failedMail(reports.failedMail()));
    figures.add(section);
  }

  /** Mail the outbox gave up on, each with a Retry that queues it again. */
  private Div failedMail(List<org.liaison.mail.SentMail> failed) {
    Div part = new Div();
    part.setId("failed-mail");
    part.add(new com.vaadin.flow.component.html.H4(getTranslation("reports.failed-mail.title")));
    if (failed.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("reports.failed-mail.none"));
      none.setId("empty-failed-mail");
      part.add(none);
      return part;
    }
    Grid<org.liaison.mail.SentMail> grid = new Grid<>();
    grid.setId("table-failed-mail");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(m -> String.join(", ", m.to())).setHeader(getTranslation("sentMail.to")).setAutoWidth(true);
    grid.addColumn(org.liaison.mail.SentMail::subject).setHeader(getTranslation("sentMail.subject")).setFlexGrow(2);
    grid.addColumn(m -> m.lastError() == null ? getTranslation("reports.stuck-work.noMessage") : m.lastError())
        .setHeader(getTranslation("reports.column.message")).setFlexGrow(2);
    grid.addColumn(m -> Labels.when(m.queuedAt())).setHeader(getTranslation("reports.column.since")).setAutoWidth(true);
    grid.addComponentColumn(m -> {
      Button retry = new Button(getTranslation("reports.stuck-work.retry"), e -> retryMail(m));
      retry.getElement().setAttribute("data-mail", m.id().toString());
      return retry;
    }).setAutoWidth(true);
    grid.setItems(failed);
    grid.setAllRowsVisible(true); // at most ReportService.MAX_ROWS
    part.add(grid);
    return part;
  }

  private void retryMail(org.liaison.mail.SentMail mail) {
    try {
      reports.retryMail(mail.id());
      Notices.success(getTranslation("reports.failed-mail.retried"));
    } catch (org.liaison.common.NotFoundException e) {
      Notices.problem(getTranslation("reports.failed-mail.gone"));
    }
    refresh();
  }

  private void retry(StuckJob job) {
    try {
      reports.retry(job.jobId());
      Notices.success(getTranslation("reports.stuck-work.retried"));
    } catch (TaskNotAvailableException e) {
      Notices.problem(getTranslation("reports.stuck-work.gone"));
    }
    refresh();
  }

  private String caption(String id) {
    return getTranslation("reports." + id + ".caption");
  }

  private void showProblem(InvalidInputException e) {
    String field = e.fieldErrors().keySet().stream().findFirst().orElse("from");
    problem.setText(getTranslation("reports.filter.invalid." + field));
    problem.setVisible(true);
  }

  private static ReportTable table(List<ReportTable> tables, String id) {
    return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  /** The defender SLA's one row as one row per outcome, so it draws as bars. */
  private static ReportTable transposed(ReportTable one) {
    List<List<Object>> rows = new ArrayList<>();
    for (int c = 1; c < one.columns().size(); c++) {
      rows.add(java.util.Arrays.asList(one.columns().get(c), one.rows().get(0).get(c)));
    }
    return new ReportTable(one.id(), List.of("outcome", "count"), rows);
  }

  /**
   * One figure: title, caption, bars of the {@code values} columns per row (labelled by the
   * {@code label} column; {@code translateLabels}: the label is a key such as a status), the table of
   * numbers, and a CSV download of the table.
   */
  private void figure(ReportTable table, int label, int[] values, String caption, boolean translateLabels) {
    figure(table, label, values, caption, translateLabels, null);
  }

  /** As above; {@code links}: per row, the page its first column links to (an officer's page). */
  private void figure(ReportTable table, int label, int[] values, String caption, boolean translateLabels,
      List<String> links) {
    Div section = new Div();
    section.setId("figure-" + table.id());
    section.addClassName("report-figure");
    H3 title = new H3(getTranslation("reports." + table.id() + ".title"));
    Paragraph about = new Paragraph(caption);
    about.addClassName("liaison-muted");
    about.setId("caption-" + table.id());
    section.add(title, about);
    if (table.rows().isEmpty()) {
      Paragraph empty = new Paragraph(getTranslation("reports.empty"));
      empty.setId("empty-" + table.id());
      section.add(empty);
    } else {
      section.add(bars(table, label, values, translateLabels), grid(table, translateLabels ? label : -1, links));
    }
    section.add(download(table));
    figures.add(section);
  }

  private String labelOf(ReportTable table, Object value, boolean translate) {
    if (value == null) {
      return "";
    }
    return translate ? getTranslation("reports.value." + value) : String.valueOf(value);
  }

  private Component bars(ReportTable table, int label, int[] values, boolean translateLabels) {
    double max = 0;
    for (List<Object> row : table.rows()) {
      for (int v : values) {
        max = Math.max(max, number(row.get(v)));
      }
    }
    Div chart = new Div();
    chart.addClassName("report-bars");
    chart.setId("bars-" + table.id());
    if (values.length > 1) { // which colour is which column; the table and each row's label say it in words too
      Div legend = new Div();
      legend.addClassName("report-legend");
      legend.getElement().setAttribute("aria-hidden", "true");
      for (int i = 0; i < values.length; i++) {
        Span swatch = new Span();
        swatch.addClassNames("report-swatch", "report-bar-" + i);
        legend.add(swatch, new Span(getTranslation("reports.column." + table.columns().get(values[i]))));
      }
      chart.add(legend);
    }
    for (List<Object> row : table.rows()) {
      Div line = new Div();
      line.addClassName("report-bar-row");
      String name = labelOf(table, row.get(label), translateLabels);
      Span labelSpan = new Span(name);
      labelSpan.addClassName("report-bar-label");
      line.add(labelSpan);
      Div group = new Div();
      group.addClassName("report-bar-group");
      List<String> spoken = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        Object value = row.get(values[i]);
        String column = getTranslation("reports.column." + table.columns().get(values[i]));
        Div bar = new Div();
        bar.addClassName("report-bar");
        bar.addClassName("report-bar-" + i);
        double width = max == 0 ? 0 : number(value) / max * 100;
        bar.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", width));
        Span shown = new Span(value == null ? "–" : format(value));
        shown.addClassName("report-bar-value");
        Div barLine = new Div(bar, shown);
        barLine.addClassName("report-bar-line");
        barLine.getElement().setAttribute("aria-hidden", "true");
        group.add(barLine);
        spoken.add(column + " " + (value == null ? "–" : format(value)));
      }
      line.add(group);
      line.getElement().setAttribute("role", "img");
      line.getElement().setAttribute("aria-label", name + ": " + String.join(", ", spoken));
      chart.add(line);
    }
    return chart;
  }

  private Grid<List<Object>> grid(ReportTable table, int translatedColumn, List<String> links) {
    Grid<List<Object>> grid = new Grid<>();
    grid.setId("table-" + table.id());
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    for (int c = 0; c < table.columns().size(); c++) {
      int index = c;
      if (c == 0 && links != null) {
        java.util.Map<List<Object>, String> linkOf = new java.util.IdentityHashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
          linkOf.put(table.rows().get(r), links.get(r));
        }
        grid.addComponentColumn(row -> new Anchor(linkOf.get(row), String.valueOf(row.get(0))))
            .setHeader(getTranslation("reports.column." + table.columns().get(0))).setAutoWidth(true);
        continue;
      }
      String column = table.columns().get(c);
      if ("step".equals(column)) {
        continue; // the model's element id: the CSV keeps it, the screen names the step in words
      }
      boolean translate = c == translatedColumn;
      boolean lifecycle = "process".equals(column);
      grid.addColumn(row -> translate ? labelOf(table, row.get(index), true)
              : row.get(index) == null ? ""
              : lifecycle ? getTranslation("process." + row.get(index)) : format(row.get(index)))
          .setHeader(getTranslation("reports.column." + column)).setAutoWidth(true);
    }
    grid.setItems(table.rows());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Anchor download(ReportTable table) {
    StreamResource csv = new StreamResource(Csv.filename(table),
        (StreamResourceWriter) (out, session) -> Csv.write(table, out)); // written to the response as it goes
    csv.setContentType(Csv.MEDIA_TYPE);
    csv.setCacheTime(0);
    Anchor anchor = new Anchor(csv, getTranslation("reports.download"));
    anchor.getElement().setAttribute("download", true);
    anchor.setId("csv-" + table.id());
    return anchor;
  }

  private static double number(Object value) {
    return value instanceof Number n ? Math.max(0, n.doubleValue()) : 0;
  }

  private static String format(Object value) {
    if (value instanceof Double d) {
      return String.format(Locale.ROOT, d == Math.rint(d) ? "%.0f" : "%.2f", d);
    }
    return String.valueOf(value);
  }
}
