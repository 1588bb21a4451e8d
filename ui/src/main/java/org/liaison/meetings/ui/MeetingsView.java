package org.liaison.meetings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingService;
import org.liaison.officers.ContactService;
import org.liaison.ui.Labels;

/** The coalition's meetings with officers, newest first; a meeting is requested from Contacts. */
@Route("meetings")
@PageTitle("Meetings · Liaison")
@PermitAll
class MeetingsView extends VerticalLayout {

  MeetingsView(MeetingService meetings, ContactService contacts) {
    setId("meetings");
    add(new H2(getTranslation("meetings.title")), new Paragraph(getTranslation("meetings.intro")));
    List<Meeting> all = meetings.list();
    if (all.isEmpty()) {
      Paragraph empty = new Paragraph(getTranslation("meetings.empty"));
      empty.setId("meetings-empty");
      add(empty);
      return;
    }
    Map<UUID, String> names = all.stream().map(Meeting::officerId).filter(java.util.Objects::nonNull).distinct()
        .collect(Collectors.toMap(id -> id, id -> contacts.officer(id).name()));
    Grid<Meeting> grid = new Grid<>();
    grid.setId("meetings-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(Meeting::reference).setHeader(getTranslation("meeting.reference")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(m -> m.officerId() == null ? "" : names.get(m.officerId())).setHeader(getTranslation("meeting.officer"))
        .setFlexGrow(2);
    grid.addComponentColumn(m -> Labels.badge(m.status(), getTranslation("meeting.status." + m.status().name())))
        .setHeader(getTranslation("meeting.status")).setFlexGrow(2);
    grid.addColumn(Meeting::owner).setHeader(getTranslation("meeting.owner")).setFlexGrow(1);
    grid.addColumn(m -> m.confirmedFor() == null ? "" : m.confirmedFor().toString())
        .setHeader(getTranslation("meeting.confirmedFor")).setFlexGrow(1);
    grid.addColumn(m -> Labels.when(m.createdAt())).setHeader(getTranslation("meeting.requestedOn")).setFlexGrow(1);
    grid.setItems(all);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("meetings/" + e.getItem().reference())));
    add(grid);
  }
}
