package org.liaison.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.ui.Labels;

/** All cases of the current coalition, newest first. */
@Route("cases")
@PageTitle("Cases · Liaison")
@PermitAll
class CasesView extends VerticalLayout {

  CasesView(CaseService cases) {
    setId("cases");
    Button raise = new Button(getTranslation("nav.raiseCase"), VaadinIcon.PLUS.create(),
        e -> getUI().ifPresent(ui -> ui.navigate("cases/new")));
    raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("cases.title")), raise);
    header.setAlignItems(Alignment.BASELINE);
    add(header);

    List<CaseDetails> all = cases.list();
    if (all.isEmpty()) {
      add(new Paragraph(getTranslation("cases.empty")));
      return;
    }
    Grid<CaseDetails> grid = new Grid<>();
    grid.setId("cases-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(CaseDetails::reference).setHeader(getTranslation("case.reference")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(CaseDetails::title).setHeader(getTranslation("case.title")).setFlexGrow(3);
    grid.addColumn(c -> Labels.country(c.country())).setHeader(getTranslation("case.country")).setFlexGrow(1);
    grid.addColumn(c -> c.themes().stream().map(t -> getTranslation("theme." + t.name())).collect(Collectors.joining(", ")))
        .setHeader(getTranslation("case.themes")).setFlexGrow(2);
    grid.addColumn(c -> getTranslation("severity." + c.severity().name())).setHeader(getTranslation("case.severity")).setFlexGrow(1);
    grid.addComponentColumn(c -> Labels.badge(c.status(), getTranslation("status." + c.status().name())))
        .setHeader(getTranslation("case.status")).setFlexGrow(1);
    grid.addColumn(c -> Labels.when(c.updatedAt())).setHeader(getTranslation("case.updated")).setFlexGrow(1);
    grid.setItems(all);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().reference())));
    add(grid);
  }
}
