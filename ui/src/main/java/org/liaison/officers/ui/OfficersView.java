package org.liaison.officers.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.Officer;
import org.liaison.officers.OfficerQuery;
import org.liaison.officers.Portfolio;
import org.liaison.ui.Labels;
import org.liaison.ui.ListFilters;
import org.liaison.ui.ListPage;

/**
 * Every officer and Washington expert of the coalition, a page at a time: found by words of the name,
 * title or e-mail, filtered by embassy and portfolio, archived ones on request.
 */
@Route("officers")
@PageTitle("Officers · Liaison")
@PermitAll
class OfficersView extends VerticalLayout {

  OfficersView(ContactService contacts) {
    setId("officers");
    add(new H2(getTranslation("officers.title")), new Paragraph(getTranslation("officers.intro")));
    Map<UUID, Embassy> embassies = contacts.embassies().stream().collect(Collectors.toMap(Embassy::id, Function.identity()));
    ComboBox<Embassy> embassy = new ComboBox<>(getTranslation("officers.embassy"), embassies.values());
    embassy.setId("officers-filter-embassy");
    embassy.setItemLabelGenerator(e -> e.city() + " (" + Labels.country(e.country()) + ")");
    embassy.setClearButtonVisible(true);
    ComboBox<Portfolio> portfolio = ListFilters.choice(this, "officers-filter-portfolio", "contacts.portfolio",
        Portfolio.values(), "portfolio.");
    Checkbox archived = new Checkbox(getTranslation("officers.includeArchived"));
    archived.setId("officers-filter-archived");
    ListPage<Officer> list = new ListPage<>(this, "officers-grid");
    Grid<Officer> grid = list.grid();
    grid.addColumn(Officer::name).setHeader(getTranslation("contacts.name")).setSortProperty("name").setFlexGrow(2);
    grid.addColumn(o -> getTranslation("portfolio." + o.portfolio().name())).setHeader(getTranslation("contacts.portfolio"))
        .setSortProperty("portfolio").setFlexGrow(1);
    grid.addColumn(o -> o.inWashington() ? getTranslation("officer.washington")
        : embassies.containsKey(o.embassyId()) ? embassies.get(o.embassyId()).city() : "")
        .setHeader(getTranslation("officers.embassy")).setFlexGrow(1);
    grid.addColumn(o -> o.email() == null ? "" : o.email()).setHeader(getTranslation("contacts.email"))
        .setSortProperty("email").setFlexGrow(2);
    grid.addColumn(o -> Labels.day(o.lastContactOn()))
        .setHeader(getTranslation("officers.lastContact")).setSortProperty("lastContact").setFlexGrow(1);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("officers/" + e.getItem().id())));
    list.filter(embassy).filter(portfolio).filter(archived)
        .fetching((text, sort, descending, offset, limit) -> contacts.findOfficers(new OfficerQuery(text,
            embassy.getValue() == null ? null : embassy.getValue().id(), false, portfolio.getValue(),
            archived.getValue(), sort, descending), offset, limit));
    add(list.components());
  }
}
