package org.liaison.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.SignedIn;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;

/**
 * Whose clock and calendar the screens use: every time {@link Labels} prints, every date picker.
 *
 * <p>The time zone is the one the person chose on their account page, else their browser's
 * ({@code Page.retrieveExtendedClientDetails}, kept for the session), else their coalition's
 * ({@code app.tenant.time_zone}). The locale is the UI's: the language Liaison speaks (its
 * translation bundle) in the browser's region ({@code Accept-Language}), so someone in Germany reads
 * "3 Dec 2026, 09:30" and picks "3.12.2026" where someone in the United States reads "Dec 3, 2026,
 * 9:30 AM". Events (meetings, hearings, convenings) are not on this clock: they are shown in the
 * embassy's local time with the zone named ({@link Labels#when(java.time.Instant, ZoneId)}).
 */
@SpringComponent
public class UserTime implements VaadinServiceInitListener {

  /** What one tab (UI) was drawn with: the person's choice and their coalition's zone. */
  public record Choice(ZoneId preferred, ZoneId coalition) implements Serializable {}

  /** The browser's zone, kept in the session (one browser per session). */
  record BrowserZone(ZoneId zone) implements Serializable {}

  /** The language of the translation bundle when it names none (translations.properties is English). */
  static final Locale BUNDLE_LANGUAGE = Locale.ENGLISH;

  private final Accounts accounts;
  private final MembershipService memberships;

  UserTime(Accounts accounts, MembershipService memberships) {
    this.accounts = accounts;
    this.memberships = memberships;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> {
      UI ui = init.getUI();
      VaadinRequest request = VaadinRequest.getCurrent();
      if (request != null && request.getLocale() != null) {
        ui.setLocale(localeFor(request.getLocale(), providedLocales()));
      }
      ZoneId preferred = SignedIn.username().flatMap(accounts::timeZoneOf).orElse(null);
      ZoneId coalition = TenantContext.find().flatMap(actor -> memberships.timeZoneOf(actor.tenantId())).orElse(null);
      ComponentUtil.setData(ui, Choice.class, new Choice(preferred, coalition));
      if (browserZone(ui.getSession()).isEmpty()) {
        // the first page of a session is drawn before the browser says where it is (usually the
        // sign-in page, which shows no time); a signed-in page drawn on another clock is drawn again
        ZoneId drawnWith = zone(preferred, null, coalition);
        boolean showsTimes = SignedIn.username().isPresent() && preferred == null;
        ui.getPage().retrieveExtendedClientDetails(details -> parse(details.getTimeZoneId()).ifPresent(browser -> {
          ui.getSession().setAttribute(BrowserZone.class, new BrowserZone(browser));
          if (showsTimes && !browser.getRules().equals(drawnWith.getRules()) && ui.getCurrentView() != null) {
            ui.refreshCurrentRoute(false);
          }
        }));
      }
    });
  }

  /** The signed-in person chose another zone on their account page: this tab uses it from now on. */
  public static void chosen(ZoneId preferred) {
    UI ui = UI.getCurrent();
    Choice before = ComponentUtil.getData(ui, Choice.class);
    ComponentUtil.setData(ui, Choice.class, new Choice(preferred, before == null ? null : before.coalition()));
  }

  /** The time zone times are shown in for the current UI; the server's outside a UI. */
  public static ZoneId zone() {
    UI ui = UI.getCurrent();
    if (ui == null) {
      return ZoneId.systemDefault();
    }
    Choice choice = ComponentUtil.getData(ui, Choice.class);
    return zone(choice == null ? null : choice.preferred(), browserZone(ui.getSession()).orElse(null),
        choice == null ? null : choice.coalition());
  }

  /** The rule: the person's choice, else the browser's zone, else the coalition's, else UTC. */
  static ZoneId zone(ZoneId preferred, ZoneId browser, ZoneId coalition) {
    return preferred != null ? preferred : browser != null ? browser : coalition != null ? coalition : ZoneId.of("UTC");
  }

  /** Whether the current UI's zone is the person's own choice (the account page says so). */
  public static Optional<ZoneId> preferred() {
    UI ui = UI.getCurrent();
    Choice choice = ui == null ? null : ComponentUtil.getData(ui, Choice.class);
    return Optional.ofNullable(choice == null ? null : choice.preferred());
  }

  /** The browser's zone, when it has said it. */
  public static Optional<ZoneId> browserZone() {
    UI ui = UI.getCurrent();
    return ui == null ? Optional.empty() : browserZone(ui.getSession());
  }

  /**
   * A date picker's calendar for the reader: its format follows the UI's locale by itself; the week
   * starts on the locale's first day (Monday in Germany or Britain, Sunday in the United States).
   */
  public static DatePicker calendar(DatePicker picker) {
    picker.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(firstDayOfWeek(locale())));
    return picker;
  }

  /** A date-time picker's date part, as {@link #calendar(DatePicker)}. */
  public static DateTimePicker calendar(DateTimePicker picker) {
    picker.setDatePickerI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(firstDayOfWeek(locale())));
    return picker;
  }

  /** The first day of the week as the date picker counts it (0 Sunday … 6 Saturday). */
  static int firstDayOfWeek(Locale locale) {
    return WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7;
  }

  /** The locale times and dates are written in: the current UI's; English outside a UI. */
  public static Locale locale() {
    UI ui = UI.getCurrent();
    return ui == null || ui.getLocale() == null ? BUNDLE_LANGUAGE : ui.getLocale();
  }

  /**
   * The locale for a browser asking for {@code requested}: a language Liaison has translations for
   * (the requested one when provided, else the bundle's first, else English) in the browser's
   * region. en-GB → en-GB, de-DE → en-DE (English words, German order and 24-hour clock).
   */
  static Locale localeFor(Locale requested, List<Locale> providedLocales) {
    List<Locale> provided = providedLocales.stream().filter(l -> !l.getLanguage().isEmpty()).toList();
    String language = provided.stream().map(Locale::getLanguage).filter(requested.getLanguage()::equals).findFirst()
        .orElse(provided.isEmpty() ? BUNDLE_LANGUAGE.getLanguage() : provided.get(0).getLanguage());
    return requested.getCountry().isEmpty() ? new Locale(language) : new Locale(language, requested.getCountry());
  }

  private static List<Locale> providedLocales() {
    VaadinService service = VaadinService.getCurrent();
    I18NProvider provider = service == null ? null : service.getInstantiator().getI18NProvider();
    return provider == null ? List.of() : provider.getProvidedLocales();
  }

  private static Optional<ZoneId> browserZone(VaadinSession session) {
    BrowserZone kept = session == null ? null : session.getAttribute(BrowserZone.class);
    return Optional.ofNullable(kept == null ? null : kept.zone());
  }

  private static Optional<ZoneId> parse(String id) {
    try {
      return id == null || id.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(id));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }
}
