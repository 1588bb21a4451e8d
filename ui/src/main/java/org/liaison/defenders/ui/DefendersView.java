package org.liaison.defenders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.liaison.defenders.Defender;
import org.liaison.defenders.DefenderService;
import org.liaison.defenders.NewDefender;
import org.liaison.defenders.RiskLevel;
import org.liaison.ui.FormDialog;
import org.liaison.ui.Labels;

/** Defenders at risk: the coalition's records, and reporting a new one. */
@Route("defenders")
@PageTitle("Defenders at risk · Liaison")
@RolesAllowed({"SECURITY", "COORDINATOR"})
class DefendersView extends VerticalLayout {

  private final DefenderService defenders;

  DefendersView(DefenderService defenders) {
    this.defenders = defenders;
    setId("defenders");
    Button report = new Button(getTranslation("defenders.report"), VaadinIcon.PLUS.create(), e -> reportDialog());
    report.setId("report-defender");
    report.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("defenders.title")), report);
    header.setAlignItems(Alignment.BASELINE);
    add(header, new Paragraph(getTranslation("defenders.intro")));

    List<Defender> all = defenders.list(); // bounded: the newest 200 (DefenderService.list)
    if (all.isEmpty()) {
      Paragraph empty = new Paragraph(getTranslation("defenders.empty"));
      empty.setId("defenders-empty");
      add(empty);
      return;
    }
    Grid<Defender> grid = new Grid<>();
    grid.setId("defenders-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(Defender::reference).setHeader(getTranslation("defender.reference")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(d -> d.erased() ? getTranslation("defender.erased.short") : d.pseudonym())
        .setHeader(getTranslation("defender.pseudonym")).setFlexGrow(2);
    grid.addColumn(d -> Labels.country(d.country())).setHeader(getTranslation("case.country")).setFlexGrow(1);
    grid.addColumn(d -> getTranslation("defender.riskLevel." + d.riskLevel().name()))
        .setHeader(getTranslation("defender.riskLevel")).setFlexGrow(1);
    grid.addComponentColumn(d -> Labels.badge(d.status(), getTranslation("defender.status." + d.status().name())))
        .setHeader(getTranslation("defender.status")).setFlexGrow(1);
    grid.addColumn(d -> Labels.when(d.reportedAt())).setHeader(getTranslation("defender.reportedAt")).setFlexGrow(1);
    grid.setItems(all);
    grid.setAllRowsVisible(true); // bounded: DefenderService.list gives the newest 200
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("defenders/" + e.getItem().reference())));
    add(Labels.zoneCaption(this, "defenders-grid-zone"), grid);
  }

  private void reportDialog() {
    Paragraph intro = new Paragraph(getTranslation("defenders.report.intro"));
    intro.addClassName("liaison-muted");
    TextField pseudonym = new TextField(getTranslation("defender.pseudonym"));
    pseudonym.setId("defender-pseudonym");
    pseudonym.setHelperText(getTranslation("defender.pseudonym.help"));
    pseudonym.setMaxLength(100);
    pseudonym.setWidthFull();
    ComboBox<RiskLevel> level = new ComboBox<>(getTranslation("defender.riskLevel"));
    level.setId("defender-risk-level");
    level.setItems(RiskLevel.values());
    level.setItemLabelGenerator(l -> getTranslation("defender.riskLevel." + l.name()));
    level.setWidthFull();
    Paragraph optional = new Paragraph(getTranslation("defenders.report.optional"));
    optional.addClassName("liaison-muted");
    TextField name = new TextField(getTranslation("defender.name"));
    name.setId("defender-name");
    name.setWidthFull();
    TextField location = new TextField(getTranslation("defender.location"));
    location.setId("defender-location");
    location.setWidthFull();
    TextField contact = new TextField(getTranslation("defender.contact"));
    contact.setId("defender-contact");
    contact.setWidthFull();
    ComboBox<String> country = new ComboBox<>(getTranslation("case.country"));
    country.setId("defender-country");
    country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(Labels::country)).toList());
    country.setItemLabelGenerator(Labels::country);
    country.setHelperText(getTranslation("defender.country.help"));
    country.setWidthFull();
    TextArea risk = new TextArea(getTranslation("defender.risk"));
    risk.setId("defender-risk");
    risk.setMaxLength(4000);
    risk.setHelperText(getTranslation("defender.risk.help"));
    risk.setWidthFull();
    AtomicReference<Defender> reported = new AtomicReference<>();
    FormDialog dialog = new FormDialog(getTranslation("defenders.report"), getTranslation("defenders.reportSave"),
        "save-defender", () -> reported.set(defenders.report(new NewDefender(pseudonym.getValue(),
            country.getValue(), level.getValue(), name.getValue(), location.getValue(), contact.getValue(),
            risk.getValue()))),
        getTranslation("defenders.reported"),
        () -> getUI().ifPresent(ui -> ui.navigate("defenders/" + reported.get().reference())));
    dialog.with(intro, pseudonym, country, level, optional, name, location, contact, risk);
    dialog.errors().bind("pseudonym", pseudonym).bind("riskLevel", level).bind("name", name).bind("location", location).bind("contact", contact).bind("country", country)
        .bind("riskSummary", risk);
    dialog.open();
  }
}
