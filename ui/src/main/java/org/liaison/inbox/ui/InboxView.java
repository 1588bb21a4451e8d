package org.liaison.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.ui.CurrentUser;
import org.liaison.ui.Labels;
import org.liaison.ui.Notices;
import org.liaison.workflow.TaskNotAvailableException;
import org.liaison.workflow.WorkItem;

/** The tasks waiting for the person or their groups in the current coalition. */
@Route("")
@PageTitle("Inbox · Liaison")
@PermitAll
class InboxView extends VerticalLayout {

  private final InboxService inbox;
  private final String me;
  private final Grid<InboxItem> grid = new Grid<>();
  private final Paragraph empty = new Paragraph();

  InboxView(InboxService inbox, CurrentUser user) {
    this.inbox = inbox;
    this.me = user.username();
    setId("inbox");
    add(new H2(getTranslation("inbox.title")));

    grid.setId("inbox-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addComponentColumn(this::caseCell).setHeader(getTranslation("inbox.case")).setFlexGrow(3);
    grid.addColumn(i -> i.task().name()).setHeader(getTranslation("inbox.step")).setFlexGrow(1);
    grid.addColumn(this::who).setHeader(getTranslation("inbox.who")).setFlexGrow(1);
    grid.addColumn(i -> Labels.when(i.task().created())).setHeader(getTranslation("inbox.since")).setFlexGrow(1);
    grid.addComponentColumn(this::actions).setHeader(getTranslation("inbox.actions")).setFlexGrow(2);
    grid.setAllRowsVisible(true);
    empty.setText(getTranslation("inbox.empty"));
    empty.setId("inbox-empty");
    add(grid, empty);
    refresh();
  }

  private void refresh() {
    List<InboxItem> items = inbox.tasks();
    grid.setItems(items);
    grid.setVisible(!items.isEmpty());
    empty.setVisible(items.isEmpty());
  }

  private Component caseCell(InboxItem item) {
    if (item.forCase() == null) {
      WorkItem task = item.task();
      String key = task.businessKey() == null ? "" : task.businessKey();
      Anchor ref = new Anchor(item.recordLink(), key);
      Span process = new Span(getTranslation("process." + task.processKey()));
      process.addClassName("liaison-muted");
      return new Div(ref, new Div(process));
    }
    Anchor ref = new Anchor("cases/" + item.forCase().reference(), item.forCase().reference());
    Span title = new Span(item.forCase().title());
    title.addClassName("liaison-muted");
    Div cell = new Div(ref, new Div(title));
    return cell;
  }

  private String who(InboxItem item) {
    WorkItem task = item.task();
    if (task.isAssignedTo(me)) {
      return getTranslation("inbox.who.me");
    }
    return task.isUnassigned() ? getTranslation("inbox.who.group") : task.assignee();
  }

  private Component actions(InboxItem item) {
    WorkItem task = item.task();
    String ref = item.forCase() == null ? "" : item.forCase().reference();
    Button open = tag(new Button(getTranslation("inbox.open"),
        e -> getUI().ifPresent(ui -> ui.navigate("tasks/" + task.id()))), "open", ref, task);
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    HorizontalLayout actions = new HorizontalLayout(open);
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
    return actions;
  }

  private Button button(String labelKey, String action, String ref, WorkItem task, Runnable run) {
    Button b = new Button(getTranslation(labelKey), e -> {
      try {
        run.run();
      } catch (TaskNotAvailableException unavailable) {
        TaskForm.explain(this, unavailable);
      }
      refresh();
    });
    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return tag(b, action, ref, task);
  }

  /** Attributes that name the button's action, case and step (for people using assistive tech and for tests). */
  private static Button tag(Button b, String action, String ref, WorkItem task) {
    b.getElement().setAttribute("data-action", action);
    b.getElement().setAttribute("data-case", ref);
    b.getElement().setAttribute("data-step", task.taskKey());
    return b;
  }
}
