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

/** Sections every record page shows: the steps waiting now and the journal of the steps completed. */
public final class RecordSections {

  /** The open steps of the record's lifecycle, with who has them. */
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
          ? page.getTranslation("record.waiting.group") : page.getTranslation("record.waiting.assignee", s.assignee())));
      item.getElement().setAttribute("data-step", s.taskKey());
      list.add(item);
    });
    section.add(list);
    return section;
  }

  /** The completed steps, oldest first, with who did them and their note; {@code id} is set on the list (or the "none yet" line). */
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
      String decision = r.decision() == null ? ""
          : " · " + page.getTranslation(r.decision() ? "record.journal.yes" : "record.journal.no");
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

  /** A labelled fact on one line, with an element id for tests and assistive tech. */
  public static Paragraph fact(Component page, String id, String labelKey, String value) {
    Paragraph p = new Paragraph(page.getTranslation(labelKey) + ": " + (value == null || value.isEmpty() ? "—" : value));
    p.setId(id);
    return p;
  }

  private RecordSections() {}
}
