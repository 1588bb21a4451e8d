package org.liaison.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durations a coalition sets (follow-up interval, contact cadence, SLA) are stored as ISO 8601
 * ({@code P7D}); people read and write them as a number and a unit ("7 days").
 */
public final class Durations {

  /** The units a person chooses from, smallest first. */
  public enum Unit {
    MINUTES("PT", "M", 1), HOURS("PT", "H", 1), DAYS("P", "D", 1), WEEKS("P", "D", 7), MONTHS("P", "M", 1);

    private final String prefix;
    private final String designator;
    private final int factor;

    Unit(String prefix, String designator, int factor) {
      this.prefix = prefix;
      this.designator = designator;
      this.factor = factor;
    }

    /** Weeks are written as days: the engine's timers read XML Schema durations, which have no weeks. */
    public String iso(int amount) {
      return prefix + (long) amount * factor + designator;
    }
  }

  /** An amount of one unit. */
  public record Amount(int amount, Unit unit) {
    public String iso() {
      return unit.iso(amount);
    }
  }

  private static final Pattern DATE_PART = Pattern.compile("P(\\d+)([YMWD])");
  private static final Pattern TIME_PART = Pattern.compile("PT(\\d+)([HM])");

  /**
   * The amount and unit an ISO 8601 duration reads as: its own unit when it has one ({@code P3D} is 3
   * days, a whole number of weeks in days is weeks: {@code P7D} is 1 week, {@code P28D} 4 weeks;
   * {@code P1Y} is 12 months), otherwise the largest whole unit of its
   * length ({@code P1DT12H} is 36 hours); empty for what is not a duration or mixes months and days.
   */
  public static Optional<Amount> read(String iso) {
    if (iso == null || iso.isBlank()) {
      return Optional.empty();
    }
    String text = iso.strip().toUpperCase();
    Matcher date = DATE_PART.matcher(text);
    if (date.matches()) {
      int n = Integer.parseInt(date.group(1));
      return Optional.of(switch (date.group(2)) {
        case "Y" -> new Amount(n * 12, Unit.MONTHS);
        case "M" -> new Amount(n, Unit.MONTHS);
        case "W" -> new Amount(n, Unit.WEEKS);
        default -> n > 0 && n % 7 == 0 ? new Amount(n / 7, Unit.WEEKS) : new Amount(n, Unit.DAYS);
      });
    }
    Matcher time = TIME_PART.matcher(text);
    if (time.matches()) {
      int n = Integer.parseInt(time.group(1));
      return Optional.of(new Amount(n, "H".equals(time.group(2)) ? Unit.HOURS : Unit.MINUTES));
    }
    try {
      long minutes = Duration.parse(text).toMinutes();
      if (minutes <= 0 || minutes > Integer.MAX_VALUE) {
        return Optional.empty();
      }
      return Optional.of(minutes % (7 * 24 * 60) == 0 ? new Amount((int) (minutes / (7 * 24 * 60)), Unit.WEEKS)
          : minutes % (24 * 60) == 0 ? new Amount((int) (minutes / (24 * 60)), Unit.DAYS)
          : minutes % 60 == 0 ? new Amount((int) (minutes / 60), Unit.HOURS) : new Amount((int) minutes, Unit.MINUTES));
    } catch (DateTimeParseException notTimeBased) {
      try {
        Period period = Period.parse(text);
        return period.getDays() == 0 ? Optional.of(new Amount((int) period.toTotalMonths(), Unit.MONTHS))
            : period.toTotalMonths() == 0 ? read("P" + period.getDays() + "D") : Optional.empty();
      } catch (DateTimeParseException | ArithmeticException notADuration) {
        return Optional.empty();
      }
    }
  }

  /** "7 days", "4 hours", "1 month" for an ISO 8601 duration; the text itself when it is none. */
  public static String plain(Component page, String iso) {
    return read(iso).map(a -> page.getTranslation("duration." + a.unit().name() + (a.amount() == 1 ? ".one" : ".other"),
        a.amount())).orElse(iso == null ? "" : iso);
  }

  private Durations() {}
}
