package org.liaison.inbox.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import org.liaison.cases.CaseDetails;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.steps.StepService;
import org.liaison.ui.Labels;
import org.liaison.workflow.TaskNotAvailableException;

/** One task: the case it is about and the form that completes it. */
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
    setId("task");
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
    add(new H2(item.task().name()));
    CaseDetails c = item.forCase();
    if (c != null) {
      Anchor caseLink = new Anchor("cases/" + c.reference(), c.reference() + " · " + c.title());
      caseLink.setId("task-case");
      // what the case is about, for every step of it (triage decides on these)
      Paragraph facts = new Paragraph(Labels.country(c.country()) + " · "
          + c.themes().stream().map(t -> getTranslation("theme." + t.name())).sorted().collect(Collectors.joining(", "))
          + " · " + getTranslation("case.severity") + ": " + getTranslation("severity." + c.severity().name())
          + " · " + getTranslation("case.owner") + ": " + c.owner());
      facts.setId("task-case-facts");
      facts.addClassName("liaison-muted");
      Paragraph summary = new Paragraph(c.summary());
      summary.setId("task-case-summary");
      summary.getStyle().set("white-space", "pre-wrap");
      add(caseLink, facts, summary);
    } else if (item.task().businessKey() != null) {
      Anchor recordLink = new Anchor(item.recordLink(),
          getTranslation("process." + item.task().processKey()) + " · " + item.task().businessKey());
      recordLink.setId("task-record");
      add(recordLink);
    }
    abouts.stream().filter(a -> a.processKey().equals(item.task().processKey()))
        .forEach(a -> a.about(item).ifPresent(this::add));
    TaskFormFactory factory = forms.get(item.task().formKey());
    if (factory != null) {
      add(factory.create(item));
      return;
    }
    steps.definition(item.task().formKey()).ifPresentOrElse(
        step -> add(new StepForm(item, step, steps)),
        () -> add(new H3(getTranslation("task.noForm"))));
  }
}
