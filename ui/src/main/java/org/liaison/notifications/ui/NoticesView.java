package org.liaison.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.liaison.notifications.MemberProfile;
import org.liaison.notifications.MemberProfiles;
import org.liaison.notifications.Notice;
import org.liaison.notifications.Notifications;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.ui.CurrentUser;
import org.liaison.ui.Labels;
import org.liaison.ui.MainLayout;

/**
 * Under the bell: what Liaison told the person in this coalition (newest first, a click opens it and
 * marks it read), how they want to be told, when they are away; coordinators also see who is away.
 */
@Route("notices")
@PageTitle("Notices · Liaison")
@PermitAll
class NoticesView extends VerticalLayout {

  private final Notifications notifications;
  private final Grid<Notice> notices = new Grid<>();

  NoticesView(Notifications notifications, MemberProfiles profiles, MembershipService memberships, CurrentUser user) {
    this.notifications = notifications;
    setId("notices");
    setMaxWidth("70em");
    if (user.actor().isEmpty()) {
      add(new H2(getTranslation("notices.title")), new Paragraph(getTranslation("notices.noCoalition")));
      return;
    }
    add(new H2(getTranslation("notices.title")), new Paragraph(getTranslation("notices.intro",
        Notifications.LATEST_MAX)));
    Button allRead = new Button(getTranslation("notices.allRead"), e -> {
      notifications.markAllRead();
      refresh();
    });
    allRead.setId("notices-all-read");
    notices.setId("notices-list");
    notices.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
    notices.addComponentColumn(n -> {
      Span state = new Span(getTranslation(n.unread() ? "notices.unread" : "notices.read"));
      state.getElement().getThemeList().add(n.unread() ? "badge" : "badge contrast");
      return state;
    }).setHeader(getTranslation("notices.state")).setAutoWidth(true).setFlexGrow(0);
    notices.addColumn(Notice::title).setHeader(getTranslation("notices.what")).setFlexGrow(3);
    notices.addColumn(n -> Labels.when(n.createdAt())).setHeader(getTranslation("notices.when")).setAutoWidth(true);
    notices.addItemClickListener(e -> open(e.getItem()));
    notices.setEmptyStateText(getTranslation("notices.none"));
    // bounded: at most Notifications.LATEST_MAX rows
    notices.setAllRowsVisible(true);
    add(allRead, Labels.zoneCaption(this, "notices-list-zone"), notices);

    String me = user.username();
    add(new ProfileForm(profiles, me, memberships.choices()));
    if (user.actor().map(a -> a.has(Role.COORDINATOR) || a.has(Role.ADMIN)).orElse(false)) {
      Grid<MemberProfile> away = new Grid<>();
      away.setId("notices-away");
      away.addColumn(MemberProfile::username).setHeader(getTranslation("notices.away.who")).setAutoWidth(true);
      away.addColumn(p -> Labels.day(p.awayFrom()) + " – " + Labels.day(p.awayTo()))
          .setHeader(getTranslation("notices.away.when")).setAutoWidth(true);
      away.addColumn(MemberProfile::standIn).setHeader(getTranslation("notices.away.standIn")).setAutoWidth(true);
      away.setEmptyStateText(getTranslation("notices.away.none"));
      // bounded: at most MemberProfiles.AWAY_MAX rows
      away.setItems(profiles.away());
      away.setAllRowsVisible(true);
      add(new H3(getTranslation("notices.away.title")), away);
    }
    refresh();
  }

  private void open(Notice notice) {
    notifications.markRead(notice.id());
    if (notice.link() != null) {
      getUI().ifPresent(ui -> ui.navigate(notice.link().substring(1)));
    } else {
      refresh();
    }
  }

  private void refresh() {
    notices.setItems(notifications.latest());
    MainLayout layout = findAncestor(MainLayout.class);
    if (layout != null) {
      layout.refreshInboxCount();
    }
  }
}
