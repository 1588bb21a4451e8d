package org.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.liaison.steps.StepRecord;
import org.liaison.workflow.WorkItem;

/**
 * Sections and lines of record pages ({@link RecordPage} lays them out): the steps waiting now, the
 * journal of the steps completed, a labelled fact and a titled part.
 */
public final class RecordSections {

  /** The open steps of the record's lifecycle, with who has them; texts from {@code keys}, {@code keys.none} … */
  static Component waiting(Component page, String id, String keys, List<WorkItem> steps) {
    Div section = new Div(new H3(page.getTranslation(keys)));
    section.setId(id);
    if (steps.isEmpty()) {
      section.add(new Paragraph(page.getTranslation(keys + ".none")));
      return section;
    }
    UnorderedList list = new UnorderedList();
    steps.forEach(s -> {
      ListItem item = new ListItem(s.name() + " — " + (s.assignee() == null
          ? page.getTranslation(keys + ".group") : page.getTranslation(keys + ".assignee", s.assignee())));
      item.getElement().setAttribute("data-step", s.taskKey());
      list.add(item);
    });
    section.add(list);
    return section;
  }

  /**
   * The completed steps, oldest first, with who did them and their note; {@code id} is set on the list
   * (or the "none yet" line). With {@code withLifecycle} each line starts with its lifecycle's name.
   */
  static Component journal(Component page, String id, String headingKey, List<StepRecord> journal,
      boolean withLifecycle) {
    Div section = new Div(new H3(page.getTranslation(headingKey)));
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
      String lifecycle = withLifecycle ? page.getTranslation("process." + r.processKey()) + ": " : "";
      ListItem item = new ListItem(Labels.when(r.at()) + " — " + lifecycle + r.taskName() + decision + " · " + r.by());
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

  /** A titled block of text the record keeps (a summary, an agenda, an observation). */
  public static Div part(Component page, String id, String labelKey, String text) {
    Div part = new Div(new H4(page.getTranslation(labelKey)), new Span(text));
    part.setId(id);
    part.addClassName("liaison-part");
    return part;
  }

  private RecordSections() {}
}
