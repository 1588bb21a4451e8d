package org.liaison.meetings.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.liaison.meetings.MeetingRow;
import org.liaison.meetings.MeetingService;
import org.liaison.meetings.MeetingStatus;
import org.liaison.records.ListQuery;
import org.liaison.ui.Labels;
import org.liaison.ui.ListFilters;
import org.liaison.ui.ListPage;

/**
 * The coalition's meetings with officers, newest first, a page at a time: found by words of what was
 * asked for or the reference, filtered by status and owner; a meeting is requested from Contacts.
 */
@Route("meetings")
@PageTitle("Meetings · Liaison")
@PermitAll
class MeetingsView extends VerticalLayout {

  MeetingsView(MeetingService meetings) {
    setId("meetings");
    add(new H2(getTranslation("meetings.title")), new Paragraph(getTranslation("meetings.intro")));
    ComboBox<MeetingStatus> status = ListFilters.choice(this, "meetings-filter-status", "meeting.status",
        MeetingStatus.values(), "meeting.status.");
    ComboBox<String> owner = ListFilters.person(this, "meetings-filter-owner", "meeting.owner", meetings.possibleOwners());
    ListPage<MeetingRow> list = new ListPage<>(this, "meetings-grid");
    var grid = list.grid();
    grid.addColumn(r -> r.meeting().reference()).setHeader(getTranslation("meeting.reference")).setSortProperty("reference")
        .setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(r -> r.officerName() == null ? "" : r.officerName()).setHeader(getTranslation("meeting.officer"))
        .setSortProperty("officer").setFlexGrow(2);
    grid.addColumn(MeetingRow::purpose).setHeader(getTranslation("meeting.request.purpose")).setFlexGrow(3);
    grid.addComponentColumn(r -> Labels.badge(r.meeting().status(),
            getTranslation("meeting.status." + r.meeting().status().name())))
        .setHeader(getTranslation("meeting.status")).setSortProperty("status").setFlexGrow(2);
    grid.addColumn(r -> r.meeting().owner()).setHeader(getTranslation("meeting.owner")).setSortProperty("owner")
        .setFlexGrow(1);
    grid.addColumn(r -> Labels.day(r.meeting().confirmedFor()))
        .setHeader(getTranslation("meeting.confirmedFor")).setSortProperty("confirmed").setFlexGrow(1);
    grid.addColumn(r -> Labels.when(r.meeting().createdAt())).setHeader(getTranslation("meeting.requestedOn"))
        .setSortProperty("requested").setFlexGrow(1);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("meetings/" + e.getItem().meeting().reference())));
    list.filter(status).filter(owner).defaultDescending(true)
        .fetching((text, sort, descending, offset, limit) -> meetings.find(new ListQuery(text,
            status.getValue() == null ? null : status.getValue().name(), owner.getValue(), sort, descending), offset, limit));
    add(list.showsTimes().components());
  }
}
