package org.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.liaison.steps.StepRecord;
import org.liaison.workflow.WorkItem;

/** A record page's two views of its lifecycle: the steps waiting now, and the journal of steps done. */
public final class StepLists {

  /** The open steps and who they wait for; {@code id} is set on the section. */
  public static Component waiting(Component page, String id, List<WorkItem> steps) {
    Div section = new Div(new H3(page.getTranslation("record.waiting")));
    section.setId(id);
    if (steps.isEmpty()) {
      section.add(new Paragraph(page.getTranslation("record.waiting.none")));
      return section;
    }
    UnorderedList list = new UnorderedList();
    steps.forEach(s -> {
      ListItem item = new ListItem(s.name() + " — " + (s.assignee() == null
          ? page.getTranslation("case.waiting.group") : page.getTranslation("case.waiting.assignee", s.assignee())));
      item.getElement().setAttribute("data-step", s.taskKey());
      list.add(item);
    });
    section.add(list);
    return section;
  }

  /** The completed steps, oldest first, with who did them and their note; {@code id} is set on the list. */
  public static Component journal(Component page, String id, List<StepRecord> journal) {
    Div section = new Div(new H3(page.getTranslation("record.journal")));
    if (journal.isEmpty()) {
      Paragraph none = new Paragraph(page.getTranslation("record.journal.none"));
      none.setId(id);
      section.add(none);
      return section;
    }
    UnorderedList list = new UnorderedList();
    list.setId(id);
    list.addClassName("liaison-timeline");
    journal.forEach(r -> {
      String decision = r.decision() == null ? "" : " (" + page.getTranslation(r.decision() ? "record.yes" : "record.no") + ")";
      ListItem item = new ListItem(Labels.when(r.at()) + " — " + r.taskName() + decision + " · " + r.by());
      if (r.note() != null) {
        Span note = new Span(" “" + r.note() + "”");
        note.addClassName("liaison-muted");
        item.add(note);
      }
      list.add(item);
    });
    section.add(list);
    return section;
  }

  private StepLists() {}
}
