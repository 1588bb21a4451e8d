package org.liaison.inbox.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.steps.StepService;
import org.liaison.workflow.TaskNotAvailableException;

/** One task on a page of its own (links in mail lead here): the record it is about and its form. */
@Route("tasks/:taskId")
@PageTitle("Task · Liaison")
@PermitAll
class TaskView extends VerticalLayout implements BeforeEnterObserver {

  private final InboxService inbox;
  private final StepService steps;
  private final Map<String, TaskFormFactory> forms;
  private final List<TaskAbout> abouts;

  TaskView(InboxService inbox, StepService steps, List<TaskFormFactory> factories, List<TaskAbout> abouts) {
    this.inbox = inbox;
    this.steps = steps;
    this.forms = factories.stream().collect(Collectors.toMap(TaskFormFactory::formKey, Function.identity()));
    this.abouts = abouts;
    setId("task-page");
    setMaxWidth("60em");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String taskId = event.getRouteParameters().get("taskId").orElse("");
    InboxItem item;
    try {
      item = inbox.open(taskId);
    } catch (TaskNotAvailableException e) {
      TaskForm.explain(this, e);
      event.forwardTo("");
      return;
    }
    removeAll();
    add(new TaskPanel(item, forms, steps, abouts));
  }
}
