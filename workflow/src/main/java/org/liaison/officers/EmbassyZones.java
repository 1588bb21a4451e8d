package org.liaison.officers;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * The local time zone of an embassy whose coalition has not chosen one: the zone of its country for
 * countries with a single zone (the JDK knows zones, not which country they belong to), else UTC.
 */
public final class EmbassyZones {

  private static final Map<String, String> SINGLE_ZONE_COUNTRIES = Map.ofEntries(
      Map.entry("KE", "Africa/Nairobi"), Map.entry("UG", "Africa/Kampala"), Map.entry("TZ", "Africa/Dar_es_Salaam"),
      Map.entry("ET", "Africa/Addis_Ababa"), Map.entry("RW", "Africa/Kigali"), Map.entry("NG", "Africa/Lagos"),
      Map.entry("GH", "Africa/Accra"), Map.entry("ZA", "Africa/Johannesburg"), Map.entry("ZW", "Africa/Harare"),
      Map.entry("EG", "Africa/Cairo"), Map.entry("BD", "Asia/Dhaka"), Map.entry("PK", "Asia/Karachi"),
      Map.entry("IN", "Asia/Kolkata"), Map.entry("LK", "Asia/Colombo"), Map.entry("NP", "Asia/Kathmandu"),
      Map.entry("MM", "Asia/Yangon"), Map.entry("KH", "Asia/Phnom_Penh"), Map.entry("PH", "Asia/Manila"),
      Map.entry("VN", "Asia/Ho_Chi_Minh"), Map.entry("TH", "Asia/Bangkok"), Map.entry("TR", "Europe/Istanbul"),
      Map.entry("UA", "Europe/Kyiv"), Map.entry("GE", "Asia/Tbilisi"), Map.entry("GT", "America/Guatemala"),
      Map.entry("HN", "America/Tegucigalpa"), Map.entry("SV", "America/El_Salvador"),
      Map.entry("NI", "America/Managua"), Map.entry("CO", "America/Bogota"), Map.entry("VE", "America/Caracas"),
      Map.entry("PE", "America/Lima"), Map.entry("BO", "America/La_Paz"), Map.entry("CU", "America/Havana"),
      Map.entry("HT", "America/Port-au-Prince"), Map.entry("GB", "Europe/London"), Map.entry("FR", "Europe/Paris"),
      Map.entry("DE", "Europe/Berlin"), Map.entry("BE", "Europe/Brussels"), Map.entry("CH", "Europe/Zurich"));

  private EmbassyZones() {}

  /** The zone Liaison uses for an embassy in {@code country} that has no zone of its own. */
  public static ZoneId defaultFor(String country) {
    return ZoneId.of(SINGLE_ZONE_COUNTRIES.getOrDefault(country, "UTC"));
  }

  /** The embassy's zone: the one chosen when it is a valid IANA id, else its country's default. */
  public static ZoneId of(String chosen, String country) {
    if (chosen != null && !chosen.isBlank()) {
      try {
        return ZoneId.of(chosen.strip());
      } catch (DateTimeException unknown) {
        // fall back to the country's zone
      }
    }
    return defaultFor(country);
  }
}
