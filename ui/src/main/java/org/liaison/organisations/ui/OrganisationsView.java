package org.liaison.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.liaison.organisations.MemberOrganisation;
import org.liaison.organisations.MemberOrganisationService;
import org.liaison.organisations.NewMemberOrganisation;
import org.liaison.tenancy.Role;
import org.liaison.ui.CurrentUser;
import com.vaadin.flow.component.dialog.Dialog;
import org.liaison.ui.FormDialog;
import org.liaison.ui.HistoryList;

/** The organisations that make up the coalition; coordinators add them. */
@Route("organisations")
@PageTitle("Member organisations · Liaison")
@PermitAll
class OrganisationsView extends VerticalLayout {

  private final MemberOrganisationService organisations;
  private final Grid<MemberOrganisation> grid = new Grid<>();
  private final Paragraph empty = new Paragraph();

  OrganisationsView(MemberOrganisationService organisations, CurrentUser user) {
    this.organisations = organisations;
    setId("organisations");
    setMaxWidth("60em");
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("organisations.title")));
    header.setAlignItems(Alignment.BASELINE);
    if (user.actor().map(a -> a.has(Role.COORDINATOR) || a.has(Role.ADMIN)).orElse(false)) {
      Button add = new Button(getTranslation("organisations.add"), VaadinIcon.PLUS.create(), e -> organisationDialog(null));
      add.setId("add-organisation");
      add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      header.add(add);
    }
    add(header, new Paragraph(getTranslation("organisations.intro")));
    grid.setId("organisations-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(MemberOrganisation::name).setHeader(getTranslation("organisations.name")).setFlexGrow(2);
    grid.addColumn(MemberOrganisation::contactEmail).setHeader(getTranslation("organisations.email")).setFlexGrow(2);
    boolean coordinator = user.actor().map(a -> a.has(Role.COORDINATOR) || a.has(Role.ADMIN)).orElse(false);
    grid.addComponentColumn(o -> {
      HorizontalLayout actions = new HorizontalLayout();
      if (coordinator) {
        Button edit = new Button(getTranslation("organisations.edit"), e -> organisationDialog(o));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.getElement().setAttribute("data-action", "edit-organisation");
        actions.add(edit);
      }
      Button history = new Button(getTranslation("history.title"), e -> historyDialog(o));
      history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      history.getElement().setAttribute("data-action", "organisation-history");
      actions.add(history);
      return actions;
    }).setFlexGrow(1);
    grid.setAllRowsVisible(true);
    empty.setText(getTranslation("organisations.empty"));
    add(grid, empty);
    refresh();
  }

  private void refresh() {
    List<MemberOrganisation> all = organisations.list();
    grid.setItems(all);
    grid.setVisible(!all.isEmpty());
    empty.setVisible(all.isEmpty());
  }

  /** Adds an organisation ({@code existing} null) or corrects one. */
  private void organisationDialog(MemberOrganisation existing) {
    TextField name = new TextField(getTranslation("organisations.name"));
    name.setId("organisation-name");
    name.setWidthFull();
    EmailField email = new EmailField(getTranslation("organisations.email"));
    email.setId("organisation-email");
    email.setHelperText(getTranslation("organisations.email.help"));
    email.setWidthFull();
    int[] version = new int[1];
    Runnable fill = () -> {
      MemberOrganisation now = organisations.list().stream().filter(o -> o.id().equals(existing.id())).findFirst()
          .orElseThrow();
      version[0] = now.version();
      name.setValue(now.name());
      email.setValue(now.contactEmail());
    };
    FormDialog dialog = new FormDialog(getTranslation(existing == null ? "organisations.add" : "organisations.edit"),
        getTranslation("organisations.save"), "save-organisation", () -> {
          NewMemberOrganisation input = new NewMemberOrganisation(name.getValue(), email.getValue());
          if (existing == null) {
            organisations.add(input);
          } else {
            organisations.edit(existing.id(), version[0], input);
          }
        }, getTranslation("organisations.saved"), this::refresh);
    dialog.with(name, email);
    dialog.errors().bind("name", name).bind("contactEmail", email);
    if (existing != null) {
      fill.run();
      dialog.onStale(fill);
    }
    dialog.open();
  }

  private void historyDialog(MemberOrganisation organisation) {
    Dialog dialog = new Dialog(organisation.name());
    dialog.add(HistoryList.section(this, "organisation-history", organisations.history(organisation.id())));
    dialog.getFooter().add(new Button(getTranslation("dialog.close"), e -> dialog.close()));
    dialog.setWidth("40em");
    dialog.open();
  }
}
