package org.liaison.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.function.Function;
import org.liaison.records.RecordAttachments;
import org.liaison.records.RecordHistory;
import org.liaison.steps.StepRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.liaison.workflow.Wait;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;

/**
 * The page of one record whose lifecycle runs in the engine (a case, meeting, hearing, convening,
 * HRR cycle, defender), routed as {@code <route>/:reference}. This class lays out what every record
 * page shows, in one order: the heading with the status badge, the record's own facts, the steps
 * waiting now (a button for those the reader may do, who has the others since when) and what else the
 * lifecycle waits for (a reply, a deadline), the record's own sections, the journal of the steps done, and the history of the
 * record's documents and corrections (for pages that name their {@link #kind()}). Sections every
 * record gains later (the diagram of its lifecycle) belong in {@link #show}, so they land once for all
 * records. A reference unknown in the current coalition
 * throws {@link org.liaison.common.NotFoundException} from the page's service, and the router shows the
 * same not-found page as for a record of another coalition. A page passes how to read its record
 * to the constructor and lays out only what is its own.
 *
 * @param <R> the record as its feature's service returns it
 */
public abstract class RecordPage<R> extends VerticalLayout implements BeforeEnterObserver {

  private final String id;
  private final String statusKeys;
  private final Function<String, R> find;
  private final Function<R, Enum<?>> status;
  private final Function<String, List<WorkItem>> openSteps;
  private final Function<String, List<StepRecord>> journal;
  private RecordHistory history;
  private RecordAttachments attachments;
  private WorkflowEngine engine;
  private org.liaison.workflow.ProcessMaps maps;
  private String backRoute;
  private String backLabelKey;

  /**
   * @param id the page's element id, also the prefix of its sections' ids ({@code case-heading},
   *     {@code case-status}, {@code case-waiting}, {@code case-journal})
   * @param statusKeys the translation prefix of the record's statuses ({@code meeting.status.})
   * @param find the record by reference; {@link org.liaison.common.NotFoundException} when the coalition
   *     has none by that reference
   * @param status the record's status
   * @param openSteps the steps of its lifecycle open now, by reference
   * @param journal the steps done, by reference
   */
  protected RecordPage(String id, String statusKeys, Function<String, R> find, Function<R, Enum<?>> status,
      Function<String, List<WorkItem>> openSteps, Function<String, List<StepRecord>> journal) {
    this.id = id;
    this.statusKeys = statusKeys;
    this.find = find;
    this.status = status;
    this.openSteps = openSteps;
    this.journal = journal;
    setId(id);
    setMaxWidth("60em");
  }

  /** The kernel's history of every record; set by Spring when it creates the page. */
  @Autowired
  void kernel(RecordHistory recordHistory, RecordAttachments recordAttachments, WorkflowEngine workflowEngine,
      org.liaison.workflow.ProcessMaps processMaps) {
    this.history = recordHistory;
    this.attachments = recordAttachments;
    this.engine = workflowEngine;
    this.maps = processMaps;
  }

  /** The kernel's documents, for a page whose parts carry documents of their own. */
  protected RecordAttachments attachments() {
    return attachments;
  }

  /** Whether documents can be attached to the record (its feature declares them for {@link #kind()}). */
  protected boolean attachable() {
    return kind() != null;
  }

  /**
   * The kind of record in the kernel's history and attachments ({@code case}, {@code meeting}), or null
   * for a record whose changes are not kept there.
   */
  protected String kind() {
    return null;
  }

  /** A link above the heading, back to the list the record belongs to. */
  protected void backTo(String route, String labelKey) {
    this.backRoute = route;
    this.backLabelKey = labelKey;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(event.getRouteParameters().get("reference").orElse(""));
  }

  /** Loads the record and lays its page out again (also after an action changed it). */
  protected void show(String reference) {
    R record = find.apply(reference);
    removeAll();
    if (backRoute != null) {
      add(new Anchor(backRoute, getTranslation(backLabelKey)));
    }
    H2 heading = new H2(heading(record));
    heading.setId(id + "-heading");
    Enum<?> state = status.apply(record);
    Span badge = Labels.badge(state, getTranslation(statusKeys + state.name()));
    badge.setId(id + "-status");
    add(heading, badge);
    describe(record);
    List<WorkItem> steps = openSteps.apply(reference);
    add(RecordSections.waiting(this, id + "-waiting", waitingKeys(), steps, engine.workable(steps),
        waits(record, reference), localZone(record)));
    maps.positionOf(reference).ifPresent(position -> add(RecordSections.diagram(this, id + "-diagram", position)));
    detail(record);
    add(RecordSections.journal(this, id + "-journal", journalKey(), journal.apply(reference), journalSpansLifecycles()));
    if (kind() != null) {
      if (attachable()) {
        add(new AttachmentsSection(attachments, kind(), reference, id + "-documents"));
      }
      add(HistoryList.section(this, id + "-changes", history.of(kind(), reference)));
    }
  }

  protected abstract String heading(R record);

  /**
   * What the record's lifecycle waits for besides its open steps (a reply, a deadline); by default
   * that of the lifecycles running under its reference.
   */
  protected List<Wait> waits(R record, String reference) {
    return engine.waitsOf(reference);
  }

  /**
   * The local time zone of an event record (a hearing, a meeting, a convening): the dates its lifecycle
   * waits for are shown in it, the zone named. Null (the default): the screens' usual zone.
   */
  protected java.time.ZoneId localZone(R record) {
    return null;
  }

  /** The record's facts and actions, between the heading and the waiting steps. */
  protected void describe(R record) {}

  /** The record's own sections, between the waiting steps and the journal. */
  protected void detail(R record) {}

  /** Translation prefix of the waiting section's texts ({@code .none}, {@code .group}, {@code .assignee}). */
  protected String waitingKeys() {
    return "record.waiting";
  }

  /** Translation key of the journal's heading (its other texts are {@code record.journal.*}). */
  protected String journalKey() {
    return "record.journal";
  }

  /** Whether the journal holds the steps of several lifecycles, so each line names its lifecycle. */
  protected boolean journalSpansLifecycles() {
    return false;
  }
}
