package org.liaison.hrr.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.IsoDurations;
import org.liaison.hrr.CalendarStatus;
import org.liaison.hrr.CycleStatus;
import org.liaison.hrr.HrrCalendar;
import org.liaison.hrr.HrrCycle;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a calendar's cycle for the year and works out when its timers fire, from the coalition's
 * settings and the clock: the submission deadline is the HRR submission window after opening, the
 * reminder that long before it, and the next cycle opens a year after this one (the report is yearly).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HrrCycles {

  /** The Human Rights Report is yearly: a calendar opens one cycle a year. */
  static final String CYCLE_PERIOD = "P1Y";

  private final HrrStore store;
  private final SettingsService settings;
  private final Clock clock;

  static String reference(String country, int year) {
    return "HRR-" + country + "-" + year;
  }

  /** The outcome of opening: the cycle to run, or why there is none. */
  record Opened(HrrCycle cycle, String noCycleReason) {}

  /**
   * Opens (or, after a calendar was stopped and started again, takes over) the cycle of the year in
   * which it opens. {@code scheduled} is when the previous turn of the loop planned it to open (null
   * for the first cycle): a late timer opens it now, never before the planned date.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Opened open(String tenantId, String country, Instant scheduled) {
    HrrCalendar calendar = store.runningCalendar(tenantId, country)
        .orElseThrow(() -> new IllegalStateException("No HRR calendar runs for " + country + " in " + tenantId));
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant opens = scheduled == null || now.isAfter(scheduled) ? now : scheduled;
    int year = opens.atZone(ZoneOffset.UTC).getYear();
    Optional<HrrCycle> existing = store.cycleOf(tenantId, country, year);
    if (existing.isPresent()) {
      HrrCycle cycle = existing.get();
      if (cycle.status() != CycleStatus.OPEN) {
        store.endCalendar(tenantId, calendar.id(), CalendarStatus.ENDED, "liaison", now);
        return new Opened(null, "The input for " + countryName(country) + " " + year + " was already submitted");
      }
      store.moveCycleTo(tenantId, cycle.id(), calendar.id());
      return new Opened(cycle, null);
    }
    CoalitionSettings s = settings.forCoalition(tenantId);
    Instant deadline = IsoDurations.plus(opens, s.hrrSubmissionWindow());
    Instant reminder = IsoDurations.minus(deadline, s.hrrReminderBefore());
    if (reminder.isBefore(opens)) {
      reminder = opens;
    }
    Instant next = IsoDurations.plus(opens, CYCLE_PERIOD);
    HrrCycle cycle = new HrrCycle(UUID.randomUUID(), reference(country, year), calendar.id(), country, year, opens,
        reminder, deadline, next, CycleStatus.OPEN, null, null, null, null, null, null, null, null);
    store.insertCycle(tenantId, cycle);
    return new Opened(cycle, null);
  }

  static String countryName(String country) {
    return new Locale("", country).getDisplayCountry(Locale.ENGLISH);
  }
}
