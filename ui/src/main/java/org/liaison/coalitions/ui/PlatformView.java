package org.liaison.coalitions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.liaison.accounts.Accounts;
import org.liaison.coalitions.CoalitionSummary;
import org.liaison.coalitions.NewCoalition;
import org.liaison.coalitions.PlatformAdministration;
import org.liaison.mail.SentMail;
import org.liaison.security.TenantContextFilter;
import org.liaison.ui.FormDialog;
import org.liaison.ui.Labels;

/**
 * For platform admins: every coalition with its status and counts (never its records), creating one
 * with its first coordinator's invitation, suspending and reactivating, and the platform's own mail.
 */
@Route("platform")
@PageTitle("Coalitions · Liaison")
@RolesAllowed(TenantContextFilter.PLATFORM_ADMIN)
class PlatformView extends VerticalLayout {

  static final int MAIL_SHOWN = 50;

  private final PlatformAdministration platform;
  private final Grid<CoalitionSummary> grid = new Grid<>();
  private final Grid<SentMail> mail = new Grid<>();
  private final Accounts accounts;

  PlatformView(PlatformAdministration platform, Accounts accounts) {
    this.platform = platform;
    this.accounts = accounts;
    setId("platform");
    Button create = new Button(getTranslation("platform.create"), e -> openCreate());
    create.setId("new-coalition");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation("platform.title")), new Paragraph(getTranslation("platform.intro")), create);

    grid.setId("coalitions-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(c -> c.coalition().coalition().name()).setHeader(getTranslation("platform.name")).setFlexGrow(3);
    grid.addColumn(c -> c.coalition().id()).setHeader(getTranslation("platform.id")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(c -> c.coalition().coalition().referencePrefix()).setHeader(getTranslation("platform.prefix"))
        .setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(c -> Labels.badge(c.coalition().status(), getTranslation("platform.status." + c.coalition().status())))
        .setHeader(getTranslation("platform.status")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(CoalitionSummary::members).setHeader(getTranslation("platform.members")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(CoalitionSummary::pendingInvitations).setHeader(getTranslation("platform.pending"))
        .setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(c -> c.coalition().active() ? Labels.when(c.coalition().createdAt())
            : getTranslation("platform.suspendedBecause", c.coalition().statusReason()))
        .setHeader(getTranslation("platform.since")).setFlexGrow(2);
    grid.addComponentColumn(this::actions).setHeader(getTranslation("platform.actions")).setAutoWidth(true).setFlexGrow(0);
    grid.setEmptyStateText(getTranslation("platform.empty"));
    // hundreds of coalitions: the grid asks for the rows it shows, a page at a time, and counts them
    grid.setPageSize(50);
    grid.setHeight("30rem");
    grid.setItems(query -> coalitions(query.getOffset(), query.getLimit()), query -> platform.coalitionCount());
    add(Labels.zoneCaption(this, "coalitions-grid-zone"), grid);

    mail.setId("platform-mail");
    mail.addColumn(m -> String.join(", ", m.to())).setHeader(getTranslation("sentMail.to")).setFlexGrow(2);
    mail.addColumn(SentMail::subject).setHeader(getTranslation("sentMail.subject")).setFlexGrow(2);
    mail.addColumn(m -> getTranslation("sentMail.status." + m.status().name())).setHeader(getTranslation("sentMail.status"))
        .setAutoWidth(true).setFlexGrow(0);
    mail.addColumn(SentMail::body).setHeader(getTranslation("platform.mail.text")).setFlexGrow(4);
    mail.setAllRowsVisible(true); // bounded: the newest MAIL_SHOWN (50) messages
    mail.setEmptyStateText(getTranslation("platform.mail.empty"));
    add(new H3(getTranslation("platform.mail.title")), new Paragraph(getTranslation("platform.mail.intro")), mail);
    refresh();
  }

  private HorizontalLayout actions(CoalitionSummary c) {
    HorizontalLayout actions = new HorizontalLayout();
    if (c.coalition().active()) {
      Button suspend = new Button(getTranslation("platform.suspend"), e -> openSuspend(c));
      suspend.setId("suspend-" + c.coalition().id());
      suspend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
      actions.add(suspend);
    } else {
      Button reactivate = new Button(getTranslation("platform.reactivate"), e -> {
        platform.reactivate(c.coalition().id());
        org.liaison.ui.Notices.success(getTranslation("platform.reactivated", c.coalition().coalition().name()));
        refresh();
      });
      reactivate.setId("reactivate-" + c.coalition().id());
      reactivate.addThemeVariants(ButtonVariant.LUMO_SMALL);
      actions.add(reactivate);
    }
    return actions;
  }

  private void openCreate() {
    TextField name = field("coalition-name", "platform.name", "platform.name.help");
    TextField id = field("coalition-id", "platform.id", "platform.id.help");
    TextField prefix = field("coalition-prefix", "platform.prefix", "platform.prefix.help");
    EmailField coordinator = new EmailField(getTranslation("platform.coordinator"));
    coordinator.setId("coalition-coordinator");
    coordinator.setHelperText(getTranslation("platform.coordinator.help"));
    coordinator.setWidthFull();
    FormDialog dialog = new FormDialog(getTranslation("platform.create"), getTranslation("platform.create.save"),
        "create-coalition", () -> platform.create(new NewCoalition(name.getValue(), id.getValue(), prefix.getValue(),
            coordinator.getValue())), getTranslation("platform.created"), this::refresh);
    dialog.errors().bind("name", name).bind("id", id).bind("referencePrefix", prefix)
        .bind("firstCoordinatorEmail", coordinator);
    dialog.with(name, id, prefix, coordinator).open();
  }

  private void openSuspend(CoalitionSummary c) {
    TextArea reason = new TextArea(getTranslation("platform.suspend.reason"));
    reason.setId("suspend-reason");
    reason.setHelperText(getTranslation("platform.suspend.reason.help"));
    reason.setWidthFull();
    reason.setMaxLength(500);
    FormDialog dialog = new FormDialog(getTranslation("platform.suspend.title", c.coalition().coalition().name()),
        getTranslation("platform.suspend"), "confirm-suspend", () -> platform.suspend(c.coalition().id(), reason.getValue()),
        getTranslation("platform.suspended", c.coalition().coalition().name()), this::refresh);
    dialog.errors().bind("reason", reason);
    dialog.with(new Paragraph(getTranslation("platform.suspend.text")), reason).open();
  }

  private TextField field(String id, String label, String help) {
    TextField field = new TextField(getTranslation(label));
    field.setId(id);
    field.setHelperText(getTranslation(help));
    field.setWidthFull();
    return field;
  }

  private java.util.stream.Stream<CoalitionSummary> coalitions(int offset, int limit) {
    java.util.List<CoalitionSummary> rows = new java.util.ArrayList<>();
    while (rows.size() < limit) {
      java.util.List<CoalitionSummary> page = platform.coalitions(offset + rows.size(),
          Math.min(PlatformAdministration.PAGE_MAX, limit - rows.size()));
      rows.addAll(page);
      if (page.isEmpty()) {
        break;
      }
    }
    return rows.stream();
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
    mail.setItems(accounts.platformMail(MAIL_SHOWN));
  }
}
