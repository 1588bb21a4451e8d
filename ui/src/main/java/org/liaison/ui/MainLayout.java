package org.liaison.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.liaison.coalitions.MemberAdministration;
import org.liaison.coalitions.SetupChecklist;
import org.liaison.defenders.DefenderService;
import org.liaison.reports.ReportService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Membership;
import org.liaison.tenancy.Role;

/** The workspace frame: navigation, the coalition the person works in (switchable), sign-out. */
@Layout
@StyleSheet("context://styles/liaison.css") // a plain stylesheet: no front-end build
@PermitAll
public class MainLayout extends AppLayout implements com.vaadin.flow.router.AfterNavigationObserver {

  private final CurrentUser user;
  private final org.liaison.inbox.InboxService inbox;
  /** How many steps wait for the person, next to Inbox in the menu (hidden at none). */
  private final Span inboxCount = new Span();
  private final org.liaison.notifications.Notifications notifications;
  /** The bell: unread notices, a click opens them. */
  private final Button bell = new Button(VaadinIcon.BELL_O.create());
  private final Span bellCount = new Span();

  public MainLayout(CurrentUser user, SetupChecklist setup, org.liaison.inbox.InboxService inbox,
      org.liaison.workflow.TaskChanges changes, org.liaison.notifications.Notifications notifications) {
    this.user = user;
    this.inbox = inbox;
    this.notifications = notifications;
    LiveTasks.follow(this, changes, false, this::refreshInboxCount);
    Span brand = new Span(getTranslation("app.name"));
    brand.addClassName("liaison-brand");

    HorizontalLayout right = new HorizontalLayout();
    right.setAlignItems(FlexComponent.Alignment.CENTER);
    right.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
    right.add(coalitionControl(user));
    if (user.actor().isPresent()) {
      bell.setId("notices-bell");
      bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      bellCount.setId("notices-bell-count");
      bellCount.addClassName("liaison-count");
      bellCount.getStyle().set("display", "none");
      bell.setSuffixComponent(bellCount);
      bell.addClickListener(e -> bell.getUI().ifPresent(ui -> ui.navigate("notices")));
      right.add(bell);
    }
    Span who = new Span(user.username() + user.actor().map(a -> " · " + roles(a)).orElse(""));
    who.setId("current-user");
    who.addClassName("liaison-muted");
    Button signOut = new Button(getTranslation("nav.signOut"), VaadinIcon.SIGN_OUT.create(), e -> user.signOut());
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    right.add(who, signOut);

    addToNavbar(new DrawerToggle(), brand, right);

    SideNav nav = new SideNav();
    if (user.actor().isPresent()) {
      coalitionWork(nav, user);
    }
    administration(nav, user, setup);
    addToDrawer(nav);
    setPrimarySection(Section.DRAWER);
  }

  /** The work of the coalition the person works in now; someone in no coalition (a platform admin) has none. */
  private void coalitionWork(SideNav nav, CurrentUser user) {
    SideNavItem inboxItem = new SideNavItem(getTranslation("nav.inbox"), "", VaadinIcon.INBOX.create());
    inboxCount.setId("nav-inbox-count");
    inboxCount.addClassName("liaison-count");
    inboxCount.getStyle().set("display", "none");
    inboxItem.setSuffixComponent(inboxCount);
    nav.addItem(inboxItem);
    nav.addItem(new SideNavItem(getTranslation("nav.cases"), "cases", VaadinIcon.FOLDER_OPEN.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.raiseCase"), "cases/new", VaadinIcon.PLUS.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.convenings"), "convenings", VaadinIcon.GROUP.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.hrr"), "hrr", VaadinIcon.CALENDAR.create()));
    if (user.actor().map(DefenderService::mayRead).orElse(false)) {
      nav.addItem(new SideNavItem(getTranslation("nav.defenders"), "defenders", VaadinIcon.SHIELD.create()));
    }
    nav.addItem(new SideNavItem(getTranslation("nav.contacts"), "contacts", VaadinIcon.USERS.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.officers"), "officers", VaadinIcon.USER_CARD.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.meetings"), "meetings", VaadinIcon.CALENDAR_USER.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.hearings"), "hearings", VaadinIcon.GAVEL.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.organisations"), "organisations", VaadinIcon.BUILDING.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.settings"), "settings", VaadinIcon.COG.create()));
    if (user.actor().map(a -> a.has(Role.COORDINATOR) || a.has(Role.ADMIN)).orElse(false)) {
      nav.addItem(new SideNavItem(getTranslation("nav.sentMail"), "sent-mail", VaadinIcon.ENVELOPES_O.create()));
    }
    if (user.actor().map(ReportService::mayRead).orElse(false)) {
      nav.addItem(new SideNavItem(getTranslation("nav.reports"), "reports", VaadinIcon.CHART.create()));
    }
  }

  /** Members and the setup checklist for those who run the coalition; coalitions for platform admins; one's account. */
  private void administration(SideNav nav, CurrentUser user, SetupChecklist setup) {
    if (user.actor().map(MemberAdministration::mayAdminister).orElse(false)) {
      nav.addItem(new SideNavItem(getTranslation("nav.members"), "members", VaadinIcon.USER_CARD.create()));
      if (setup.offered()) {
        nav.addItem(new SideNavItem(getTranslation("nav.setup"), "setup", VaadinIcon.CHECK_SQUARE_O.create()));
      }
    }
    if (user.platformAdmin()) {
      nav.addItem(new SideNavItem(getTranslation("nav.platform"), "platform", VaadinIcon.GLOBE.create()));
    }
    if (user.hasLocalAccount()) {
      nav.addItem(new SideNavItem(getTranslation("nav.account"), "account", VaadinIcon.KEY.create()));
    }
  }

  private com.vaadin.flow.component.Component coalitionControl(CurrentUser user) {
    List<Membership> memberships = user.memberships();
    String current = user.actor().map(Actor::tenantId).orElse(null);
    if (memberships.size() <= 1) {
      Span name = new Span(memberships.isEmpty() ? getTranslation("coalition.none")
          : memberships.get(0).coalition().name());
      name.setId("coalition-name");
      return name;
    }
    Select<Membership> switcher = new Select<>();
    switcher.setId("coalition-switcher");
    switcher.setAriaLabel(getTranslation("coalition.switch"));
    switcher.setWidth("16em");
    switcher.setItems(memberships);
    switcher.setItemLabelGenerator(m -> m.coalition().name());
    memberships.stream().filter(m -> m.coalition().id().equals(current)).findFirst().ifPresent(switcher::setValue);
    switcher.addValueChangeListener(e -> {
      if (e.isFromClient() && e.getValue() != null) {
        user.switchTo(e.getValue().coalition().id());
      }
    });
    return switcher;
  }

  private String roles(Actor actor) {
    return actor.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
        .collect(Collectors.joining(", "));
  }

  /** After every navigation (a step done, a page opened): the number next to Inbox is counted again. */
  @Override
  public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
    refreshInboxCount();
  }

  /** Counts the steps waiting for the person and their unread notices again (two count queries). */
  public void refreshInboxCount() {
    if (user.actor().isEmpty()) {
      return;
    }
    long waiting = inbox.waitingForMe();
    inboxCount.setText(waiting > 999 ? "999+" : String.valueOf(waiting));
    inboxCount.getElement().setAttribute("aria-label", getTranslation("nav.inbox.count", waiting));
    inboxCount.getElement().setAttribute("title", getTranslation("nav.inbox.count", waiting));
    inboxCount.getElement().setAttribute("data-count", String.valueOf(waiting));
    // hidden by style, not setVisible: the element stays on the page, with its count, for assistive tech and tests
    inboxCount.getStyle().set("display", waiting > 0 ? "inline-block" : "none");
    long unread = notifications.unread();
    bellCount.setText(unread > 99 ? "99+" : String.valueOf(unread));
    bellCount.getElement().setAttribute("data-count", String.valueOf(unread));
    bellCount.getStyle().set("display", unread > 0 ? "inline-block" : "none");
    bell.setAriaLabel(getTranslation("nav.notices", unread));
    bell.setTooltipText(getTranslation("nav.notices", unread));
  }
}
