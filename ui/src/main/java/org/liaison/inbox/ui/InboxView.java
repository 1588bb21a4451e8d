package org.liaison.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxQuery;
import org.liaison.inbox.InboxService;
import org.liaison.ui.CurrentUser;
import org.liaison.ui.Labels;
import org.liaison.ui.ListFilters;
import org.liaison.ui.Notices;
import org.liaison.workflow.TaskNotAvailableException;
import org.liaison.workflow.TaskOrder;
import org.liaison.workflow.TaskScope;
import org.liaison.workflow.WorkItem;

/**
 * The tasks of the person and their team in the current coalition: views with their counts (for me,
 * mine, team, claimed by others, later, and all open for coordinators), filters and an order, and a
 * grid that fetches one page of {@value #PAGE_SIZE} rows at a time from the server.
 */
@Route("")
@PageTitle("Inbox · Liaison")
@PermitAll
class InboxView extends VerticalLayout {

  static final int PAGE_SIZE = 50;
  /** The lifecycles a task can belong to, for the filter (labelled by {@code process.<key>}). */
  private static final List<String> LIFECYCLES = List.of("raise-issue", "embassy-meeting", "relationship-cadence",
      "convening", "hrr-input", "defender-emergency", "court-hearing");

  private final InboxService inbox;
  private final Clock clock = Clock.systemDefaultZone();
  private final String me;
  private final boolean coordinator;
  private final Grid<InboxItem> grid = new Grid<>();
  private final Paragraph empty = new Paragraph();
  private final Tabs views = new Tabs();
  private final Map<Tab, TaskScope> viewOfTab = new LinkedHashMap<>();
  private final TextField search = new TextField();
  private final ComboBox<String> lifecycle;
  private final ComboBox<InboxQuery.Due> due;
  private final ComboBox<TaskOrder> sort;
  private final Span count = new Span();
  private final ComboBox<String> holder;
  private final ComboBox<org.liaison.tenancy.Role> role;
  private final HorizontalLayout saved = new HorizontalLayout();
  /** While a saved filter is applied field by field: one refresh at the end, not one per field. */
  private boolean applying;
  /** The row whose cell has the keyboard focus, for the O and C keys. */
  private InboxItem focused;

  /** The open task beside the list, with its form. */
  private final VerticalLayout side = new VerticalLayout();
  private final Map<String, TaskFormFactory> forms;
  private final org.liaison.steps.StepService steps;
  private final List<TaskAbout> abouts;

  InboxView(InboxService inbox, CurrentUser user, org.liaison.workflow.TaskChanges changes,
      org.liaison.tenancy.MembershipService memberships, List<TaskFormFactory> factories,
      org.liaison.steps.StepService steps, List<TaskAbout> abouts) {
    this.inbox = inbox;
    this.forms = factories.stream().collect(java.util.stream.Collectors.toMap(TaskFormFactory::formKey, f -> f));
    this.steps = steps;
    this.abouts = abouts;
    org.liaison.ui.LiveTasks.follow(this, changes, true, this::refresh);
    this.me = user.username();
    this.coordinator = inbox.views().contains(TaskScope.ALL_OPEN);
    setId("inbox");
    add(new H2(getTranslation("inbox.title")));

    views.setId("inbox-views");
    for (TaskScope view : inbox.views()) {
      Tab tab = new Tab(getTranslation("inbox.view." + view.name()));
      tab.setId("inbox-view-" + view.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      viewOfTab.put(tab, view);
      views.add(tab);
    }
    views.addSelectedChangeListener(e -> refresh());

    search.setId("inbox-search");
    search.setPlaceholder(getTranslation("inbox.search"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setMaxLength(200);
    search.setWidth("18em");
    search.addValueChangeListener(e -> refresh());
    lifecycle = ListFilters.person(this, "inbox-lifecycle", "inbox.lifecycle", LIFECYCLES);
    lifecycle.setItemLabelGenerator(key -> getTranslation("process." + key));
    lifecycle.setWidth("14em");
    lifecycle.addValueChangeListener(e -> refresh());
    due = ListFilters.choice(this, "inbox-due", "inbox.due",
        Arrays.stream(InboxQuery.Due.values()).filter(d -> d != InboxQuery.Due.ANY).toArray(InboxQuery.Due[]::new),
        "inbox.due.");
    due.addValueChangeListener(e -> refresh());
    sort = ListFilters.choice(this, "inbox-sort", "inbox.sort", TaskOrder.values(), "inbox.sort.");
    sort.setClearButtonVisible(false);
    sort.setWidth("15em");
    sort.setValue(TaskOrder.WAITING);
    sort.addValueChangeListener(e -> refresh());
    holder = ListFilters.person(this, "inbox-holder", "inbox.holder",
        user.actor().isPresent() ? memberships.choices() : List.of());
    holder.setWidth("12em");
    holder.addValueChangeListener(e -> refresh());
    role = ListFilters.choice(this, "inbox-role", "inbox.role", new org.liaison.tenancy.Role[] {
        org.liaison.tenancy.Role.MEMBER, org.liaison.tenancy.Role.COORDINATOR, org.liaison.tenancy.Role.SECURITY},
        "role.");
    role.setWidth("13em");
    role.addValueChangeListener(e -> refresh());
    count.setId("inbox-count");
    count.addClassName("liaison-muted");
    Button save = new Button(getTranslation("inbox.saveFilter"), VaadinIcon.BOOKMARK_O.create(), e -> saveFilter());
    save.setId("inbox-save-filter");
    save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout bar = new HorizontalLayout(search, lifecycle, due, holder, role, sort, save, count,
        Labels.zoneCaption(this, "inbox-grid-zone"));
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.getStyle().set("flex-wrap", "wrap");

    grid.setId("inbox-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addComponentColumn(this::caseCell).setHeader(getTranslation("inbox.case")).setFlexGrow(3);
    grid.addColumn(i -> i.task().name()).setHeader(getTranslation("inbox.step")).setFlexGrow(1);
    grid.addComponentColumn(this::dueCell).setHeader(getTranslation("inbox.dueColumn")).setFlexGrow(1);
    grid.addColumn(this::who).setHeader(getTranslation("inbox.who")).setFlexGrow(1);
    grid.addColumn(i -> Labels.when(i.task().created())).setHeader(getTranslation("inbox.since")).setFlexGrow(1);
    grid.addComponentColumn(this::actions).setHeader(getTranslation("inbox.actions")).setFlexGrow(3);
    grid.setPageSize(PAGE_SIZE);
    grid.setHeight("65vh");
    grid.setItems(query -> inbox.page(query(), query.getOffset(), query.getLimit()).stream(),
        query -> (int) Math.min(Integer.MAX_VALUE, inbox.count(query())));
    grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
    // O opens and C claims the step whose cell has the focus (the grid moves the focus with the arrow keys)
    grid.getElement().addEventListener("keydown", e -> onKey(e.getEventData().getString("event.key")))
        .addEventData("event.key")
        .setFilter("(event.key === 'o' || event.key === 'c') && !event.ctrlKey && !event.metaKey && !event.altKey");
    Paragraph keys = new Paragraph(getTranslation("inbox.keyboard"));
    keys.setId("inbox-keyboard");
    keys.addClassName("liaison-muted");
    empty.setText(getTranslation("inbox.empty"));
    empty.setId("inbox-empty");
    saved.setId("inbox-saved");
    saved.getStyle().set("flex-wrap", "wrap");
    saved.setAlignItems(FlexComponent.Alignment.BASELINE);
    side.setId("task-panel");
    side.addClassName("task-panel");
    side.setVisible(false);
    side.setHeight("65vh");
    side.getStyle().set("overflow", "auto").set("border-left", "1px solid var(--lumo-contrast-10pct)");
    side.setWidth("45%");
    side.setMinWidth("24em");
    side.getStyle().set("flex-shrink", "0");
    grid.setMinWidth("0");
    HorizontalLayout work = new HorizontalLayout(grid, side);
    work.setWidthFull();
    work.setFlexGrow(1, grid);
    add(views, saved, bar, keys, work, empty);
    showSavedFilters();
    refresh();
  }

  private void onKey(String key) {
    InboxItem item = focused;
    if (item == null) {
      return;
    }
    if ("o".equals(key) && (item.task().isAssignedTo(me) || item.task().isUnassigned())) {
      openBeside(item.task().id());
    } else if ("c".equals(key) && item.task().isUnassigned()) {
      try {
        inbox.claim(item.task().id());
        Notices.success(getTranslation("inbox.claimed", item.task().name()));
      } catch (TaskNotAvailableException unavailable) {
        TaskForm.explain(this, unavailable);
      }
      refresh();
    }
  }

  /**
   * Opens the task beside the list: what it is about and its form (completing it goes on to its
   * record, as on the task's own page). A task no longer open is explained and the list refreshed.
   */
  private void openBeside(String taskId) {
    InboxItem item;
    try {
      item = inbox.open(taskId);
    } catch (TaskNotAvailableException unavailable) {
      TaskForm.explain(this, unavailable);
      closeSide();
      refresh();
      return;
    }
    side.removeAll();
    Button close = new Button(getTranslation("inbox.closeTask"), VaadinIcon.CLOSE_SMALL.create(), e -> closeSide());
    close.setId("task-panel-close");
    close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    Anchor page = new Anchor("tasks/" + taskId, getTranslation("inbox.taskPage"));
    page.setId("task-panel-page");
    HorizontalLayout top = new HorizontalLayout(close, page);
    top.setAlignItems(FlexComponent.Alignment.BASELINE);
    side.add(top, new TaskPanel(item, forms, steps, abouts));
    side.getElement().setAttribute("data-task", taskId);
    side.getElement().setAttribute("data-step", item.task().taskKey());
    side.setVisible(true);
  }

  /** The task open beside the list was done or taken meanwhile: close it, refresh the list. */
  void taskGone() {
    closeSide();
    refresh();
  }

  private void closeSide() {
    side.removeAll();
    side.getElement().removeAttribute("data-task");
    side.getElement().removeAttribute("data-step");
    side.setVisible(false);
  }

  /** One button per saved filter (one click applies it) with a small one to remove it. */
  private void showSavedFilters() {
    saved.removeAll();
    List<org.liaison.inbox.SavedFilter> filters = inbox.savedFilters();
    saved.setVisible(!filters.isEmpty());
    if (filters.isEmpty()) {
      return;
    }
    saved.add(new Span(getTranslation("inbox.saved")));
    for (int i = 0; i < filters.size(); i++) {
      org.liaison.inbox.SavedFilter filter = filters.get(i);
      Button apply = new Button(filter.name(), e -> apply(filter.query()));
      apply.setId("inbox-saved-" + i);
      apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
      Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
        inbox.deleteFilter(filter.name());
        showSavedFilters();
      });
      remove.setId("inbox-saved-remove-" + i);
      remove.setAriaLabel(getTranslation("inbox.saved.remove", filter.name()));
      remove.setTooltipText(getTranslation("inbox.saved.remove", filter.name()));
      remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
      saved.add(new HorizontalLayout(apply, remove));
    }
  }

  private void apply(InboxQuery q) {
    applying = true;
    try {
      viewOfTab.entrySet().stream().filter(e -> e.getValue() == q.view()).findFirst()
          .ifPresent(e -> views.setSelectedTab(e.getKey()));
      search.setValue(q.text() == null ? "" : q.text());
      lifecycle.setValue(q.lifecycle());
      due.setValue(q.due() == InboxQuery.Due.ANY ? null : q.due());
      holder.setValue(q.assignee());
      role.setValue(q.role());
      sort.setValue(q.sort());
    } finally {
      applying = false;
    }
    refresh();
  }

  private void saveFilter() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("inbox.saveFilter.title"));
    TextField name = new TextField(getTranslation("inbox.saveFilter.name"));
    name.setId("inbox-save-filter-name");
    name.setMaxLength(60);
    name.setWidth("20em");
    Button confirm = new Button(getTranslation("inbox.saveFilter.confirm"), e -> {
      try {
        org.liaison.inbox.SavedFilter f = inbox.saveFilter(name.getValue(), query());
        Notices.success(getTranslation("inbox.saveFilter.done", f.name()));
        dialog.close();
        showSavedFilters();
      } catch (InvalidInputException invalid) {
        name.setErrorMessage(String.join(" ", invalid.fieldErrors().values()));
        name.setInvalid(true);
      } catch (NotAllowedException refused) {
        Notices.problem(refused.getMessage());
      }
    });
    confirm.setId("inbox-save-filter-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(name);
    dialog.getFooter().add(new Button(getTranslation("inbox.cancel"), e -> dialog.close()), confirm);
    dialog.open();
    name.focus();
  }

  private TaskScope view() {
    TaskScope view = viewOfTab.get(views.getSelectedTab());
    return view == null ? TaskScope.OPEN : view;
  }

  private InboxQuery query() {
    return new InboxQuery(view(), lifecycle.getValue(), search.getValue(), due.getValue(), sort.getValue(),
        holder.getValue(), role.getValue());
  }

  /** Counts next to each view, the number found, and the list fetched again from its first page. */
  private void refresh() {
    if (applying) {
      return;
    }
    Map<TaskScope, Long> counts = inbox.counts();
    viewOfTab.forEach((tab, view) -> tab.setLabel(
        getTranslation("inbox.view.count", getTranslation("inbox.view." + view.name()), counts.getOrDefault(view, 0L))));
    long found = inbox.count(query());
    count.setText(getTranslation("list.count", found));
    boolean nothingAtAll = view() == TaskScope.OPEN && counts.getOrDefault(TaskScope.OPEN, 0L) == 0;
    empty.setVisible(nothingAtAll);
    grid.getDataProvider().refreshAll();
  }

  /**
   * The record the task is for: its reference (linked), what it is called ("Meeting with Jane Doe,
   * Nairobi", a convening's title, a case's title), the case it belongs to when that is another record,
   * and a badge in words when the step came back for rework.
   */
  private Component caseCell(InboxItem item) {
    WorkItem task = item.task();
    Div cell = new Div();
    cell.addClassName("inbox-record");
    if (item.forCase() == null) {
      String key = task.businessKey() == null ? "" : task.businessKey();
      cell.add(new Anchor(item.recordLink(), key));
    } else {
      cell.add(new Anchor("cases/" + item.forCase().reference(), item.forCase().reference()));
    }
    String title = item.recordTitle() != null ? getTranslation(item.recordTitle().key(),
        item.recordTitle().args().toArray())
        : item.forCase() != null ? item.forCase().title() : getTranslation("process." + task.processKey());
    Div name = new Div(new Span(title));
    name.addClassName("inbox-record-title");
    cell.add(name);
    if (item.recordTitle() != null && item.forCase() != null) {
      Span ofCase = new Span(getTranslation("inbox.ofCase", item.forCase().title()));
      ofCase.addClassName("liaison-muted");
      cell.add(new Div(ofCase));
    }
    if (item.backForRework()) {
      Span badge = new Span(getTranslation("inbox.badge.rework"));
      badge.getElement().getThemeList().add("badge contrast");
      badge.addClassName("inbox-rework-badge");
      badge.getElement().setAttribute("data-case", item.forCase() != null ? item.forCase().reference()
          : task.businessKey() == null ? "" : task.businessKey());
      cell.add(new Div(badge));
    }
    return cell;
  }

  /** The due date with a badge in words: overdue, due today (not colour alone). */
  private Component dueCell(InboxItem item) {
    Instant dueAt = item.task().due();
    if (dueAt == null) {
      return new Span(getTranslation("inbox.due.nothing"));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate day = LocalDate.ofInstant(dueAt, clock.getZone());
    Span when = new Span(Labels.when(dueAt));
    if (dueAt.isBefore(clock.instant())) {
      return badged(when, "inbox.badge.overdue", "badge error");
    }
    if (day.equals(today)) {
      return badged(when, "inbox.badge.today", "badge");
    }
    return when;
  }

  private Component badged(Span when, String key, String theme) {
    Span badge = new Span(getTranslation(key));
    badge.getElement().getThemeList().add(theme);
    badge.addClassName("inbox-due-badge");
    return new Div(badge, new Div(when));
  }

  private String who(InboxItem item) {
    WorkItem task = item.task();
    if (task.isAssignedTo(me)) {
      return getTranslation("inbox.who.me");
    }
    if (task.isUnassigned()) {
      return getTranslation("inbox.who.group");
    }
    return view() == TaskScope.CLAIMED_BY_OTHERS || view() == TaskScope.ALL_OPEN
        ? getTranslation("inbox.who.since", task.assignee(), Labels.when(task.updated())) : task.assignee();
  }

  private Component actions(InboxItem item) {
    WorkItem task = item.task();
    String ref = item.forCase() != null ? item.forCase().reference()
        : task.businessKey() == null ? "" : task.businessKey();
    HorizontalLayout actions = new HorizontalLayout();
    actions.setSpacing(false);
    actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
    if (task.isAssignedTo(me) || task.isUnassigned()) {
      Button open = tag(new Button(getTranslation("inbox.open"), e -> openBeside(task.id())), "open", ref, task);
      open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
      actions.add(open);
    }
    if (task.isUnassigned()) {
      actions.add(button("inbox.claim", "claim", ref, task, () -> {
        inbox.claim(task.id());
        Notices.success(getTranslation("inbox.claimed", task.name()));
      }));
    } else if (task.isAssignedTo(me) && task.groupTask()) {
      actions.add(button("inbox.unclaim", "unclaim", ref, task, () -> {
        inbox.unclaim(task.id());
        Notices.success(getTranslation("inbox.unclaimed", task.name()));
      }));
    }
    if (task.isAssignedTo(me) || coordinator) {
      actions.add(button("inbox.handOver", "hand-over", ref, task, () -> handOver(task)));
    }
    if (task.isAssignedTo(me)) {
      actions.add(button(task.followUp() == null ? "inbox.later" : "inbox.now", "follow-up", ref, task,
          () -> followUp(task)));
    }
    return actions;
  }

  private void handOver(WorkItem task) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("inbox.handOver.title", task.name()));
    ComboBox<String> to = new ComboBox<>(getTranslation("inbox.handOver.to"), inbox.handOverTargets(task.id()));
    to.setId("hand-over-to");
    Button confirm = new Button(getTranslation("inbox.handOver.confirm"), e -> {
      try {
        inbox.handOver(task.id(), to.getValue());
        Notices.success(getTranslation("inbox.handedOver", task.name(), to.getValue()));
        dialog.close();
        refresh();
      } catch (InvalidInputException invalid) {
        to.setErrorMessage(String.join(" ", invalid.fieldErrors().values()));
        to.setInvalid(true);
      } catch (NotAllowedException | TaskNotAvailableException refused) {
        Notices.problem(refused instanceof TaskNotAvailableException t ? explanation(t) : refused.getMessage());
        dialog.close();
        refresh();
      }
    });
    confirm.setId("hand-over-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(to);
    dialog.getFooter().add(new Button(getTranslation("inbox.cancel"), e -> dialog.close()), confirm);
    dialog.open();
  }

  private void followUp(WorkItem task) {
    if (task.followUp() != null) {
      inbox.followUp(task.id(), null);
      Notices.success(getTranslation("inbox.backNow", task.name()));
      return;
    }
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("inbox.later.title", task.name()));
    DatePicker day = new DatePicker(getTranslation("inbox.later.day"));
    org.liaison.ui.UserTime.calendar(day);
    day.setId("follow-up-day");
    day.setMin(LocalDate.now(clock).plusDays(1));
    Button confirm = new Button(getTranslation("inbox.later.confirm"), e -> {
      try {
        inbox.followUp(task.id(), day.getValue());
        Notices.success(getTranslation("inbox.later.done", task.name()));
        dialog.close();
        refresh();
      } catch (InvalidInputException invalid) {
        day.setErrorMessage(String.join(" ", invalid.fieldErrors().values()));
        day.setInvalid(true);
      }
    });
    confirm.setId("follow-up-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(day);
    dialog.getFooter().add(new Button(getTranslation("inbox.cancel"), e -> dialog.close()), confirm);
    dialog.open();
  }

  private String explanation(TaskNotAvailableException e) {
    return switch (e.reason()) {
      case CLAIMED_BY_SOMEONE_ELSE -> getTranslation("task.claimedBySomeoneElse", e.claimedBy());
      case OWNED -> getTranslation("task.owned", e.claimedBy());
      case GONE -> getTranslation("task.gone");
    };
  }

  private Button button(String labelKey, String action, String ref, WorkItem task, Runnable run) {
    Button b = new Button(getTranslation(labelKey), e -> {
      try {
        run.run();
      } catch (TaskNotAvailableException unavailable) {
        TaskForm.explain(this, unavailable);
      } catch (NotAllowedException | InvalidInputException refused) {
        Notices.problem(refused.getMessage());
      }
      refresh();
    });
    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return tag(b, action, ref, task);
  }

  /**
   * Attributes that name the button's action, record (a case's reference, or the reference the
   * lifecycle runs for) and step, for people using assistive tech and for tests.
   */
  private static Button tag(Button b, String action, String ref, WorkItem task) {
    b.getElement().setAttribute("data-action", action);
    b.getElement().setAttribute("data-case", ref);
    b.getElement().setAttribute("data-step", task.taskKey());
    return b;
  }
}
