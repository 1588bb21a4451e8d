package org.liaison.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.reports.ReportFilter;
import org.liaison.reports.ReportService;
import org.liaison.reports.ReportService.WaitingRecord;
import org.liaison.ui.Labels;
import org.liaison.ui.ProcessDiagram;
import org.liaison.workflow.ProcessMaps.ActivityLoad;
import org.liaison.workflow.ProcessMaps.ProcessMap;

/**
 * Where the coalition's work waits in one lifecycle: its diagram with a badge on every step counting
 * the records waiting there now and a colour for the mean time spent there, the same figures in a
 * table, and — on a click on a step in either — the records waiting there, linked.
 */
class WhereWorkWaits extends Div {

  /** Heat levels of the mean time spent at a step, relative to the slowest step of the lifecycle. */
  static final int HEAT_LEVELS = 4;

  private final ReportService reports;
  private final Select<String> lifecycle = new Select<>();
  private final ProcessDiagram diagram = new ProcessDiagram("waits-diagram");
  private final Grid<ActivityLoad> table = new Grid<>();
  private final H4 recordsTitle = new H4();
  private final Grid<WaitingRecord> records = new Grid<>();
  private final Paragraph empty = new Paragraph();
  private Map<String, ActivityLoad> byId = Map.of();

  WhereWorkWaits(ReportService reports) {
    this.reports = reports;
    setId("figure-where-work-waits");
    addClassName("report-figure");
    Paragraph about = new Paragraph(getTranslation("reports.waits.caption"));
    about.addClassName("liaison-muted");
    lifecycle.setId("waits-process");
    lifecycle.setLabel(getTranslation("reports.waits.lifecycle"));
    lifecycle.setItems(ReportFilter.PROCESSES.stream().sorted().toList());
    lifecycle.setItemLabelGenerator(key -> getTranslation("process." + key));
    lifecycle.setWidth("20em");
    lifecycle.addValueChangeListener(e -> show(e.getValue()));

    table.setId("table-where-work-waits");
    table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    table.addColumn(ActivityLoad::name).setHeader(getTranslation("reports.column.step")).setFlexGrow(2);
    table.addColumn(ActivityLoad::waiting).setHeader(getTranslation("reports.waits.waiting")).setAutoWidth(true);
    table.addColumn(ActivityLoad::passed).setHeader(getTranslation("reports.waits.passed")).setAutoWidth(true);
    table.addColumn(a -> a.meanTime() == null ? "" : spoken(a.meanTime()))
        .setHeader(getTranslation("reports.waits.mean")).setAutoWidth(true);
    table.setAllRowsVisible(true); // bounded by the model's steps
    table.addItemClickListener(e -> listWaitingAt(e.getItem().activityId()));
    diagram.addActivityClickListener(this::listWaitingAt);

    recordsTitle.setId("waiting-records-title");
    recordsTitle.setVisible(false);
    records.setId("waiting-records");
    records.addThemeVariants(GridVariant.LUMO_COMPACT);
    records.addComponentColumn(r -> r.link().isEmpty() ? new com.vaadin.flow.component.html.Span(r.reference())
        : new Anchor(r.link(), r.reference())).setHeader(getTranslation("reports.column.record")).setAutoWidth(true);
    records.addColumn(r -> r.since() == null ? "" : Labels.when(r.since()))
        .setHeader(getTranslation("reports.waits.since")).setAutoWidth(true);
    records.setAllRowsVisible(true); // at most ProcessMaps.MAX_RECORDS
    records.setVisible(false);
    empty.setId("empty-where-work-waits");
    empty.setVisible(false);

    add(new H3(getTranslation("reports.waits.title")), about, lifecycle, diagram, empty, table, recordsTitle, records);
    lifecycle.setValue(org.liaison.processes.RaiseIssueProcess.KEY);
  }

  private void show(String processKey) {
    recordsTitle.setVisible(false);
    records.setVisible(false);
    ProcessMap map = reports.whereWorkWaits(processKey).orElse(null);
    if (map == null) {
      byId = Map.of();
      diagram.setVisible(false);
      table.setItems(List.of());
      empty.setText(getTranslation("reports.waits.notDeployed"));
      empty.setVisible(true);
      return;
    }
    byId = new LinkedHashMap<>();
    map.activities().forEach(a -> byId.put(a.activityId(), a));
    long slowest = map.activities().stream().filter(a -> a.meanTime() != null)
        .mapToLong(a -> a.meanTime().toMillis()).max().orElse(0);
    Map<String, ProcessDiagram.Badge> badges = new LinkedHashMap<>();
    Map<String, String> markers = new LinkedHashMap<>();
    for (ActivityLoad a : map.activities()) {
      if (a.meanTime() != null && slowest > 0) {
        markers.put(a.activityId(), "liaison-heat-" + heat(a.meanTime().toMillis(), slowest));
      }
      if (a.waiting() > 0) {
        badges.put(a.activityId(), new ProcessDiagram.Badge(String.valueOf(a.waiting()),
            getTranslation("reports.waits.badge", a.waiting(), a.name(),
                a.meanTime() == null ? getTranslation("reports.waits.noMean") : spoken(a.meanTime())), null));
      }
    }
    diagram.setVisible(true);
    diagram.show(map.xml(), badges, markers);
    table.setItems(map.activities());
    boolean nothing = map.activities().isEmpty();
    empty.setText(getTranslation("reports.waits.nothing"));
    empty.setVisible(nothing);
  }

  /** 1 (shortest) to {@value #HEAT_LEVELS} (as long as the slowest step). */
  static int heat(long meanMillis, long slowestMillis) {
    return 1 + (int) Math.min(HEAT_LEVELS - 1, (HEAT_LEVELS * meanMillis - 1) / Math.max(1, slowestMillis));
  }

  private void listWaitingAt(String activityId) {
    ActivityLoad load = byId.get(activityId);
    if (load == null || lifecycle.getValue() == null) {
      return;
    }
    List<WaitingRecord> waiting = reports.waitingAt(lifecycle.getValue(), activityId);
    recordsTitle.setText(getTranslation("reports.waits.recordsAt", load.name(), waiting.size()));
    recordsTitle.getElement().setAttribute("data-activity", activityId);
    recordsTitle.setVisible(true);
    records.setItems(waiting);
    records.setVisible(!waiting.isEmpty());
  }

  /** "3 days", "5 hours", "12 minutes": the mean time at a step, in the largest whole unit. */
  private String spoken(Duration d) {
    if (d.toDays() >= 2) {
      return getTranslation("reports.waits.days", d.toDays());
    }
    if (d.toHours() >= 2) {
      return getTranslation("reports.waits.hours", d.toHours());
    }
    if (d.toHours() == 1) {
      return getTranslation("reports.waits.oneHour");
    }
    if (d.toMinutes() < 1) {
      return getTranslation("reports.waits.underMinute");
    }
    return d.toMinutes() == 1 ? getTranslation("reports.waits.oneMinute")
        : getTranslation("reports.waits.minutes", d.toMinutes());
  }

}
