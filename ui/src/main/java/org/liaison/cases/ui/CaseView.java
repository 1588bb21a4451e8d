package org.liaison.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.outreach.Outreach;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.OutreachStatus;
import org.liaison.ui.Labels;
import org.liaison.workflow.WorkItem;

/** The case workspace: where it stands, what is waiting, the outreach, and everything done so far. */
@Route("cases/:reference")
@PageTitle("Case · Liaison")
@PermitAll
class CaseView extends VerticalLayout implements BeforeEnterObserver {

  private final CaseService cases;
  private final OutreachService outreach;

  CaseView(CaseService cases, OutreachService outreach) {
    this.cases = cases;
    this.outreach = outreach;
    setId("case");
    setMaxWidth("60em");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String reference = event.getRouteParameters().get("reference").orElse("");
    CaseDetails c = cases.get(reference); // NotFoundException → the not-found page, also for other coalitions
    removeAll();

    Span status = Labels.status(c.status(), getTranslation("status." + c.status().name()));
    status.setId("case-status");
    H2 title = new H2(c.reference() + " · " + c.title());
    title.setId("case-heading");
    add(title, status);

    Paragraph facts = new Paragraph(Labels.country(c.country()) + " · "
        + c.themes().stream().map(t -> getTranslation("theme." + t.name())).sorted().collect(Collectors.joining(", "))
        + " · " + getTranslation("case.severity") + ": " + getTranslation("severity." + c.severity().name())
        + " · " + getTranslation("case.owner") + ": " + c.owner()
        + " · " + getTranslation("case.raisedOn") + " " + Labels.when(c.createdAt()));
    facts.addClassName("liaison-muted");
    Paragraph summary = new Paragraph(c.summary());
    summary.setId("case-summary-text");
    summary.getStyle().set("white-space", "pre-wrap");
    add(facts, summary);

    add(waiting(cases.openSteps(reference)));
    add(outreachSection(outreach.forCase(reference)));
    add(timeline(cases.timeline(reference)));
  }

  private Component waiting(List<WorkItem> steps) {
    Div section = new Div(new H3(getTranslation("case.waiting")));
    section.setId("case-waiting");
    if (steps.isEmpty()) {
      section.add(new Paragraph(getTranslation("case.waiting.none")));
      return section;
    }
    UnorderedList list = new UnorderedList();
    steps.forEach(s -> list.add(new ListItem(s.name() + " — " + (s.assignee() == null
        ? getTranslation("case.waiting.group") : getTranslation("case.waiting.assignee", s.assignee())))));
    section.add(list);
    return section;
  }

  private Component outreachSection(Optional<Outreach> found) {
    Div section = new Div(new H3(getTranslation("outreach.title")));
    section.setId("case-outreach");
    if (found.isEmpty()) {
      section.add(new Paragraph(getTranslation("outreach.none")));
      return section;
    }
    Outreach o = found.get();
    Span state = new Span(getTranslation("outreach.status." + o.status().name()));
    state.setId("outreach-status");
    state.addClassName("liaison-muted");
    section.add(state);
    if (o.status() == OutreachStatus.CHANGES_REQUESTED && o.reviewComment() != null) {
      Paragraph comment = new Paragraph(getTranslation("outreach.reviewComment", o.reviewComment()));
      comment.setId("outreach-review-comment");
      section.add(comment);
    }
    section.add(part("outreach-important", "outreach.important", o.important()),
        part("outreach-why-us", "outreach.whyUs", o.whyUnitedStates()),
        part("outreach-embassy-action", "outreach.embassyAction", o.embassyAction()));
    if (o.status() == OutreachStatus.SENT) {
      Paragraph sent = new Paragraph(getTranslation("outreach.sentInfo", o.recipients(), String.valueOf(o.sentOn()), o.sentBy()));
      sent.setId("outreach-sent");
      section.add(sent);
    }
    return section;
  }

  private Component part(String id, String labelKey, String text) {
    Div part = new Div(new H4(getTranslation(labelKey)), new Span(text));
    part.setId(id);
    part.addClassName("liaison-part");
    return part;
  }

  private Component timeline(List<CaseActivity> activities) {
    Div section = new Div(new H3(getTranslation("case.history")));
    UnorderedList list = new UnorderedList();
    list.setId("case-timeline");
    list.addClassName("liaison-timeline");
    for (CaseActivity a : activities) {
      String line = Labels.when(a.at()) + " — " + getTranslation("activity." + a.kind().name(), a.actor());
      ListItem item = new ListItem(line);
      item.getElement().setAttribute("data-kind", a.kind().name());
      if (a.detail() != null) {
        Span detail = new Span(" “" + a.detail() + "”");
        detail.addClassName("liaison-muted");
        item.add(detail);
      }
      list.add(item);
    }
    section.add(list);
    return section;
  }
}
