package org.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Set;
import org.liaison.steps.StepRecord;
import org.liaison.workflow.Wait;
import org.liaison.workflow.WorkItem;

/**
 * Sections and lines of record pages ({@link RecordPage} lays them out): the steps waiting now, the
 * journal of the steps completed, a labelled fact and a titled part.
 */
public final class RecordSections {

  /**
   * The open steps of the record's lifecycle and what else it waits for. A step the reader may do is a
   * button to its form; for the others the line says who has it (or which group it is open to) and
   * since when. Texts from {@code keys}, {@code keys.none} …; a wait reads {@code wait.<event id>}
   * with its due moment as argument.
   */
  static Component waiting(Component page, String id, String keys, List<WorkItem> steps, Set<String> workable,
      List<Wait> waits, java.time.ZoneId zone) {
    Div section = new Div(new H3(page.getTranslation(keys)));
    section.setId(id);
    if (steps.isEmpty() && waits.isEmpty()) {
      section.add(new Paragraph(page.getTranslation(keys + ".none")));
      return section;
    }
    UnorderedList list = new UnorderedList();
    steps.forEach(s -> {
      ListItem item = new ListItem();
      item.getElement().setAttribute("data-step", s.taskKey());
      String since = page.getTranslation("record.waiting.since", Labels.when(s.created()));
      if (workable.contains(s.id())) {
        Button open = new Button(s.name(), e -> page.getUI().ifPresent(ui -> ui.navigate("tasks/" + s.id())));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        open.addClassName("liaison-step-open");
        item.add(open, new Span(" " + (s.assignee() == null ? page.getTranslation("record.waiting.yours.group")
            : page.getTranslation("record.waiting.yours")) + " · " + since));
      } else {
        item.add(new Span(s.name() + " — " + (s.assignee() == null ? page.getTranslation(keys + ".group")
            : page.getTranslation(keys + ".assignee", s.assignee())) + " · " + since));
      }
      list.add(item);
    });
    waits.forEach(w -> {
      String key = "wait." + w.activityId();
      String due = zone == null ? Labels.when(w.dueAt()) : Labels.when(w.dueAt(), zone);
      String text = page.getTranslation(key, due);
      ListItem item = new ListItem(text.startsWith("!") ? w.name() + (w.isTimer() ? " · " + due : "") : text);
      item.getElement().setAttribute("data-wait", w.activityId());
      list.add(item);
    });
    section.add(list);
    return section;
  }

  /**
   * Where the record's lifecycle stands, drawn: its diagram with the step it is at now outlined and
   * the steps it passed marked, and the same said in a sentence beside it.
   */
  static Component diagram(Component page, String id, org.liaison.workflow.ProcessMaps.Position position) {
    Div section = new Div(new H3(page.getTranslation("record.diagram.title")));
    section.setId(id);
    Paragraph said = new Paragraph(page.getTranslation("record.diagram.caption", position.ended()
        ? page.getTranslation("record.diagram.ended")
        : page.getTranslation("record.diagram.at", String.join(", ", position.currentNames()))));
    said.addClassName("liaison-muted");
    said.setId(id + "-said");
    ProcessDiagram drawing = new ProcessDiagram(id + "-drawing");
    drawing.setHeight("300px");
    drawing.show(position.xml(), java.util.Map.of(), ProcessDiagram.position(position.passed(), position.current()));
    section.add(said, drawing);
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
