package org.liaison.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaison.accounts.ApiTokens;
import org.liaison.accounts.ApiTokens.ApiToken;
import org.liaison.common.InvalidInputException;
import org.liaison.tenancy.Membership;
import org.liaison.ui.Labels;
import org.liaison.ui.CurrentUser;
import org.liaison.ui.FieldErrors;
import org.liaison.ui.Notices;

/**
 * Personal API tokens on "Your account": for integrations (a spreadsheet export, a dashboard) that
 * call the API without the person's password. Created for one coalition with an expiry, shown once,
 * revoked with one click.
 */
class ApiTokensSection extends VerticalLayout {

  private static final List<Integer> DAYS = List.of(30, 90, 365);

  private final ApiTokens tokens;
  private final CurrentUser user;
  private final Map<String, String> coalitionNames;
  private final Grid<ApiToken> grid = new Grid<>();

  ApiTokensSection(ApiTokens tokens, CurrentUser user) {
    this.tokens = tokens;
    this.user = user;
    setPadding(false);
    setId("api-tokens");
    List<Membership> memberships = user.memberships();
    coalitionNames = memberships.stream().collect(Collectors.toMap(m -> m.coalition().id(), m -> m.coalition().name()));
    add(new H3(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.text")));

    TextField name = new TextField(getTranslation("tokens.name"));
    name.setId("token-name");
    name.setMaxLength(100);
    name.setWidth("18em");
    name.setPlaceholder(getTranslation("tokens.name.placeholder"));
    Select<Membership> coalition = new Select<>();
    coalition.setId("token-coalition");
    coalition.setLabel(getTranslation("tokens.coalition"));
    coalition.setItems(memberships);
    coalition.setItemLabelGenerator(m -> m.coalition().name());
    String current = user.actor().map(a -> a.tenantId()).orElse(null);
    memberships.stream().filter(m -> m.coalition().id().equals(current)).findFirst().ifPresent(coalition::setValue);
    Select<Integer> validity = new Select<>();
    validity.setId("token-validity");
    validity.setLabel(getTranslation("tokens.validity"));
    validity.setItems(DAYS);
    validity.setItemLabelGenerator(d -> getTranslation("tokens.days", d));
    validity.setValue(90);
    FieldErrors errors = new FieldErrors().bind("name", name).bind("validFor", validity);
    Button create = new Button(getTranslation("tokens.create"), e -> {
      if (coalition.getValue() == null) {
        coalition.setInvalid(true);
        coalition.setErrorMessage(getTranslation("tokens.coalition.required"));
        return;
      }
      try {
        ApiTokens.CreatedToken created = tokens.create(user.username(), coalition.getValue().coalition().id(),
            name.getValue(), Duration.ofDays(validity.getValue() == null ? 90 : validity.getValue()));
        errors.clear();
        coalition.setInvalid(false);
        name.clear();
        refresh();
        showOnce(created);
      } catch (InvalidInputException ex) {
        errors.show(ex);
      }
    });
    create.setId("create-token");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(name, coalition, validity, create);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    add(form);

    grid.setId("token-list");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true); // bounded by nature: ApiTokens.list gives at most 100 (20 open at most)
    grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.name")).setFlexGrow(2);
    grid.addColumn(t -> coalitionNames.getOrDefault(t.tenantId(), t.tenantId())).setHeader(getTranslation("tokens.coalition"));
    grid.addColumn(t -> date(t.expiresAt())).setHeader(getTranslation("tokens.expires"));
    grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.neverUsed") : date(t.lastUsedAt()))
        .setHeader(getTranslation("tokens.lastUsed"));
    grid.addComponentColumn(this::stateOrRevoke).setHeader(getTranslation("tokens.state"));
    add(grid);
    refresh();
  }

  private com.vaadin.flow.component.Component stateOrRevoke(ApiToken token) {
    Instant now = Instant.now();
    if (token.revokedAt() != null) {
      return new Paragraph(getTranslation("tokens.revoked"));
    }
    if (!token.usable(now)) {
      return new Paragraph(getTranslation("tokens.expired"));
    }
    Button revoke = new Button(getTranslation("tokens.revoke"), e -> {
      tokens.revoke(user.username(), token.id());
      Notices.success(getTranslation("tokens.revokedNotice", token.name()));
      refresh();
    });
    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    revoke.getElement().setAttribute("data-token", token.name());
    return revoke;
  }

  private void refresh() {
    grid.setItems(tokens.list(user.username()));
  }

  private void showOnce(ApiTokens.CreatedToken created) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("tokens.shownOnce.title", created.token().name()));
    TextArea secret = new TextArea();
    secret.setId("token-secret");
    secret.setValue(created.secret());
    secret.setReadOnly(true);
    secret.setWidthFull();
    dialog.add(new Paragraph(getTranslation("tokens.shownOnce.text",
        coalitionNames.getOrDefault(created.token().tenantId(), created.token().tenantId()), date(created.token().expiresAt()))),
        secret);
    Button done = new Button(getTranslation("tokens.shownOnce.done"), e -> dialog.close());
    done.setId("token-done");
    dialog.getFooter().add(done);
    dialog.setWidth("36em");
    dialog.open();
  }

  private static String date(Instant instant) {
    return Labels.day(LocalDate.ofInstant(instant, org.liaison.ui.UserTime.zone()));
  }
}
