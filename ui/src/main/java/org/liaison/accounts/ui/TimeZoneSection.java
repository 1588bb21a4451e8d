package org.liaison.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.Optional;
import org.liaison.accounts.Accounts;
import org.liaison.common.InvalidInputException;
import org.liaison.ui.FieldErrors;
import org.liaison.ui.Labels;
import org.liaison.ui.Notices;
import org.liaison.ui.UserTime;

/**
 * The person's clock: which time zone their screens show times in (their choice, else their
 * browser's, else their coalition's; see {@link UserTime}) and how dates are written for them.
 */
class TimeZoneSection extends VerticalLayout {

  private final Paragraph now = new Paragraph();

  TimeZoneSection(Accounts accounts) {
    setPadding(false);
    setId("account-time");
    ComboBox<String> zone = new ComboBox<>(getTranslation("account.timeZone"));
    zone.setId("account-time-zone");
    zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/")
        && !id.startsWith("SystemV/")).sorted().toList());
    zone.setItemLabelGenerator(id -> id.replace('_', ' ') + " · " + Labels.zone(ZoneId.of(id)));
    zone.setClearButtonVisible(true);
    zone.setWidth("28em");
    UserTime.preferred().map(ZoneId::getId).ifPresent(zone::setValue);
    zone.setHelperText(UserTime.browserZone().map(b -> getTranslation("account.timeZone.helpBrowser", b.getId()))
        .orElseGet(() -> getTranslation("account.timeZone.help")));
    FieldErrors errors = new FieldErrors().bind("timeZone", zone);
    Button save = new Button(getTranslation("account.timeZone.save"), e -> {
      try {
        Optional<ZoneId> chosen = accounts.chooseTimeZone(zone.getValue());
        errors.clear();
        UserTime.chosen(chosen.orElse(null));
        showNow();
        Notices.success(chosen.map(z -> getTranslation("account.timeZone.saved", Labels.zone(z), z.getId()))
            .orElseGet(() -> getTranslation("account.timeZone.cleared")));
      } catch (InvalidInputException ex) {
        errors.show(ex);
      }
    });
    save.setId("save-time-zone");
    HorizontalLayout row = new HorizontalLayout(zone, save);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    now.setId("account-time-now");
    showNow();
    add(new H3(getTranslation("account.timeTitle")), now, row);
  }

  private void showNow() {
    ZoneId shown = UserTime.zone();
    String source = UserTime.preferred().isPresent() ? "chosen" : UserTime.browserZone().isPresent() ? "browser" : "coalition";
    now.setText(getTranslation("account.timeZone.now", Labels.zone(shown), shown.getId(),
        getTranslation("account.timeZone.source." + source), UserTime.locale().getDisplayName(UserTime.locale()), Labels.when(java.time.Instant.now())));
  }
}
