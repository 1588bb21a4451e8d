package org.liaison.inbox.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaison.cases.CaseDetails;
import org.liaison.inbox.InboxItem;
import org.liaison.steps.StepService;
import org.liaison.ui.Labels;

/**
 * A task and what it is about: the record (a case's facts and summary), what its lifecycle says of
 * the step, and the form that completes it. On its own page ({@link TaskView}) and beside the list in
 * the inbox.
 */
class TaskPanel extends VerticalLayout {

  TaskPanel(InboxItem item, Map<String, TaskFormFactory> forms, StepService steps, List<TaskAbout> abouts) {
    setId("task");
    setPadding(false);
    addClassName("task-panel-content");
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
