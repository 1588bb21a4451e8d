package org.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.liaison.records.HistoryEntry;

/**
 * The history of a record's corrections, for every kind of record: one line per changed field, newest
 * last — when, who, the field, and old → new. Field names are translated ({@code history.field.*});
 * values are shown as saved.
 */
public final class HistoryList {

  /** A titled section with the record's history; {@code id} is set on the list (or its "none yet" line). */
  public static Component section(Component page, String id, List<HistoryEntry> entries) {
    Div section = new Div(new H3(page.getTranslation("history.title")));
    section.addClassName("liaison-history");
    if (entries.isEmpty()) {
      Paragraph none = new Paragraph(page.getTranslation("history.none"));
      none.setId(id);
      none.addClassName("liaison-muted");
      section.add(none);
      return section;
    }
    UnorderedList list = new UnorderedList();
    list.setId(id);
    list.addClassName("liaison-timeline");
    for (HistoryEntry e : entries) {
      ListItem item = new ListItem(Labels.when(e.at()) + " — " + e.by() + " · " + field(page, e.field()) + ": ");
      item.getElement().setAttribute("data-field", e.field());
      Span old = new Span(value(page, e.oldValue()));
      old.addClassName("liaison-muted");
      item.add(old, new Span(" → " + value(page, e.newValue())));
      list.add(item);
    }
    section.add(list);
    return section;
  }

  /** A value as people read it: "—" for none, a duration kept as ISO 8601 (a cadence, P45D) in words. */
  private static String value(Component page, String value) {
    if (value == null) {
      return "—";
    }
    return value.matches("P(\\d+[YMWD])*(T(\\d+[HMS])+)?") && value.length() > 1 ? Durations.plain(page, value) : value;
  }

  private static String field(Component page, String field) {
    String key = "history.field." + field;
    String label = page.getTranslation(key);
    return label.startsWith("!") || label.equals(key) ? field : label;
  }

  private HistoryList() {}
}
