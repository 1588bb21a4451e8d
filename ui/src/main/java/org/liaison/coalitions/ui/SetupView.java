package org.liaison.coalitions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.liaison.coalitions.SetupChecklist;
import org.liaison.coalitions.SetupChecklist.Checklist;
import org.liaison.coalitions.SetupChecklist.Step;

/**
 * A new coalition's first hour: the embassies it works with, their stated priorities and officers,
 * its members, its settings. Each item links to where it is done and is ticked once it is; a
 * coordinator can dismiss the list for everyone.
 */
@Route("setup")
@PageTitle("Set up · Liaison")
@RolesAllowed({"COORDINATOR", "ADMIN"})
class SetupView extends VerticalLayout {

  SetupView(SetupChecklist setup) {
    setId("setup");
    setMaxWidth("48em");
    Checklist checklist = setup.checklist();
    add(new H2(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")));
    UnorderedList items = new UnorderedList();
    items.setId("setup-items");
    items.addClassName("liaison-checklist");
    for (Step step : checklist.steps()) {
      ListItem item = new ListItem();
      item.getElement().setAttribute("data-item", step.item().name());
      item.getElement().setAttribute("data-done", String.valueOf(step.done()));
      Span tick = new Span((step.done() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create());
      tick.addClassName(step.done() ? "liaison-done" : "liaison-open");
      tick.getElement().setAttribute("aria-label", getTranslation(step.done() ? "setup.done" : "setup.open"));
      Anchor link = new Anchor(target(step.item()), getTranslation("setup.item." + step.item().name()));
      link.setId("setup-" + step.item().name().toLowerCase(java.util.Locale.ROOT));
      Span help = new Span(getTranslation("setup.item." + step.item().name() + ".help"));
      help.addClassName("liaison-muted");
      item.add(tick, link, help);
      items.add(item);
    }
    add(items);
    Paragraph status = new Paragraph(checklist.open() == 0 ? getTranslation("setup.allDone")
        : getTranslation("setup.remaining", checklist.open()));
    status.setId("setup-status");
    add(status);
    if (!checklist.dismissed()) {
      Button dismiss = new Button(getTranslation("setup.dismiss"), e -> {
        setup.dismiss();
        UI.getCurrent().getPage().setLocation("/");
      });
      dismiss.setId("dismiss-setup");
      dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      add(dismiss);
    }
  }

  /** Where each item is done (the contacts page holds embassies, their priorities and officers). */
  private static String target(SetupChecklist.Item item) {
    return switch (item) {
      case EMBASSIES, PRIORITIES, OFFICERS -> "contacts";
      case MEMBERS -> "members";
      case SETTINGS -> "settings";
    };
  }
}
