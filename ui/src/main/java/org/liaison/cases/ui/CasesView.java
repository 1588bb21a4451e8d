package org.liaison.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseList;
import org.liaison.cases.CaseQuery;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Urgency;
import org.liaison.tenancy.MembershipService;
import org.liaison.ui.Labels;
import org.liaison.ui.ListFilters;
import org.liaison.ui.ListPage;

/**
 * The coalition's cases, newest first, a page at a time from the server: found by words of the
 * reference, title or summary, filtered by status, country, theme, severity, owner and urgency, sorted
 * by the column clicked.
 */
@Route("cases")
@PageTitle("Cases · Liaison")
@PermitAll
class CasesView extends VerticalLayout {

  CasesView(CaseList cases, MembershipService memberships) {
    setId("cases");
    Button raise = new Button(getTranslation("nav.raiseCase"), VaadinIcon.PLUS.create(),
        e -> getUI().ifPresent(ui -> ui.navigate("cases/new")));
    raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("cases.title")), raise);
    header.setAlignItems(Alignment.BASELINE);
    add(header);

    ComboBox<CaseStatus> status = ListFilters.choice(this, "cases-filter-status", "case.status", CaseStatus.values(), "status.");
    ComboBox<String> country = CaseFields.country(this, "cases-filter-country");
    country.setRequiredIndicatorVisible(false);
    country.setClearButtonVisible(true);
    ComboBox<Theme> theme = ListFilters.choice(this, "cases-filter-theme", "case.themes", Theme.values(), "theme.");
    ComboBox<Severity> severity = ListFilters.choice(this, "cases-filter-severity", "case.severity", Severity.values(), "severity.");
    ComboBox<String> owner = ListFilters.person(this, "cases-filter-owner", "case.owner", memberships.members());
    ComboBox<Urgency> urgency = ListFilters.choice(this, "cases-filter-urgency", "routing.urgency", Urgency.values(), "urgency.");

    ListPage<CaseDetails> list = new ListPage<>(this, "cases-grid");
    var grid = list.grid();
    grid.addColumn(CaseDetails::reference).setHeader(getTranslation("case.reference")).setSortProperty("reference")
        .setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(CaseDetails::title).setHeader(getTranslation("case.title")).setSortProperty("title").setFlexGrow(3);
    grid.addColumn(c -> Labels.country(c.country())).setHeader(getTranslation("case.country")).setSortProperty("country")
        .setFlexGrow(1);
    grid.addColumn(c -> c.themes().stream().map(t -> getTranslation("theme." + t.name())).collect(Collectors.joining(", ")))
        .setHeader(getTranslation("case.themes")).setFlexGrow(2);
    grid.addColumn(c -> getTranslation("severity." + c.severity().name())).setHeader(getTranslation("case.severity"))
        .setSortProperty("severity").setFlexGrow(1);
    grid.addComponentColumn(c -> Labels.badge(c.status(), getTranslation("status." + c.status().name())))
        .setHeader(getTranslation("case.status")).setSortProperty("status").setFlexGrow(1);
    grid.addColumn(CaseDetails::owner).setHeader(getTranslation("case.owner")).setSortProperty("owner").setFlexGrow(1);
    grid.addColumn(c -> c.urgency() == null ? "" : getTranslation("urgency." + c.urgency().name()))
        .setHeader(getTranslation("routing.urgency")).setSortProperty("urgency").setFlexGrow(1);
    grid.addColumn(c -> Labels.when(c.updatedAt())).setHeader(getTranslation("case.updated")).setSortProperty("updated")
        .setFlexGrow(1);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().reference())));
    list.filter(status).filter(country).filter(theme).filter(severity).filter(owner).filter(urgency)
        .defaultDescending(true)
        .fetching((text, sort, descending, offset, limit) -> cases.find(new CaseQuery(text, status.getValue(),
            country.getValue(), theme.getValue(), severity.getValue(), owner.getValue(), urgency.getValue(), sort,
            descending), offset, limit));
    add(list.showsTimes().components());
  }
}
