package org.liaison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The screens' clock is the reader's: times in their zone (their choice, else their browser's, else
 * their coalition's), written in Liaison's language the way their region writes them.
 */
class UserTimeTest {

  static final Instant AFTERNOON_UTC = Instant.parse("2026-12-03T14:30:00Z");

  @AfterEach
  void noUi() {
    UI.setCurrent(null);
  }

  static void reader(Locale locale, ZoneId preferred, ZoneId coalition) {
    UI ui = new UI();
    ui.setLocale(locale);
    ComponentUtil.setData(ui, UserTime.Choice.class, new UserTime.Choice(preferred, coalition));
    UI.setCurrent(ui);
  }

  @Test
  void a_moment_is_written_in_the_readers_zone_and_the_way_their_region_writes_it() {
    reader(Locale.US, ZoneId.of("America/New_York"), null);
    assertThat(Labels.when(AFTERNOON_UTC)).isEqualTo("Dec 3, 2026, 9:30 AM");
    assertThat(Labels.day(LocalDate.of(2026, 12, 3))).isEqualTo("Dec 3, 2026");

    reader(new Locale("en", "DE"), ZoneId.of("Europe/Berlin"), null);
    assertThat(Labels.when(AFTERNOON_UTC)).isEqualTo("3 Dec 2026, 15:30");
    assertThat(Labels.day(LocalDate.of(2026, 12, 3))).isEqualTo("3 Dec 2026");

    reader(Locale.UK, null, ZoneId.of("Asia/Tokyo"));
    assertThat(Labels.when(AFTERNOON_UTC)).as("no choice, no browser zone: the coalition's").isEqualTo("3 Dec 2026, 23:30");
  }

  @Test
  void an_event_stays_in_its_local_time_whatever_the_readers_zone() {
    reader(Locale.US, ZoneId.of("America/New_York"), null);
    ZoneId nairobi = ZoneId.of("Africa/Nairobi");
    assertThat(Labels.when(AFTERNOON_UTC, nairobi)).isEqualTo("Dec 3, 2026, 5:30 PM (" + Labels.zone(nairobi) + ")");
  }

  @Test
  void the_zone_is_the_persons_choice_else_the_browsers_else_the_coalitions_else_utc() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    ZoneId lima = ZoneId.of("America/Lima");
    assertThat(UserTime.zone(berlin, tokyo, lima)).isEqualTo(berlin);
    assertThat(UserTime.zone(null, tokyo, lima)).isEqualTo(tokyo);
    assertThat(UserTime.zone(null, null, lima)).isEqualTo(lima);
    assertThat(UserTime.zone(null, null, null)).isEqualTo(ZoneId.of("UTC"));
  }

  @Test
  void the_locale_is_liaisons_language_in_the_browsers_region() {
    List<Locale> english = List.of(Locale.ENGLISH);
    assertThat(UserTime.localeFor(Locale.forLanguageTag("de-DE"), english)).isEqualTo(new Locale("en", "DE"));
    assertThat(UserTime.localeFor(Locale.forLanguageTag("en-GB"), english)).isEqualTo(Locale.UK);
    assertThat(UserTime.localeFor(Locale.forLanguageTag("fr"), english)).isEqualTo(Locale.ENGLISH);
    assertThat(UserTime.localeFor(Locale.forLanguageTag("es-MX"), List.of(Locale.ROOT)))
        .as("a bundle naming no language is English").isEqualTo(new Locale("en", "MX"));
  }

  @Test
  void the_calendar_starts_the_week_where_the_readers_region_does() {
    assertThat(UserTime.firstDayOfWeek(Locale.US)).as("Sunday").isZero();
    assertThat(UserTime.firstDayOfWeek(Locale.UK)).as("Monday").isEqualTo(1);
    assertThat(UserTime.firstDayOfWeek(new Locale("en", "DE"))).as("Monday").isEqualTo(1);
  }
}
