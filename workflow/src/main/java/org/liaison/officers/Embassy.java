package org.liaison.officers;

import java.time.ZoneId;
import java.util.UUID;

/**
 * A U.S. embassy (or consulate) the coalition works with. {@code timeZone} is its local time zone:
 * the one the coalition chose, or its country's (see {@link EmbassyZones}); meetings and convenings with
 * it are entered and shown in it.
 */
public record Embassy(UUID id, String country, String city, String website, int version, ZoneId timeZone) {

  public Embassy(UUID id, String country, String city, String website, int version) {
    this(id, country, city, website, version, EmbassyZones.defaultFor(country));
  }
}
