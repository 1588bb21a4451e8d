package org.liaison.officers;

import java.util.UUID;

/** A U.S. embassy (or consulate) the coalition works with. */
public record Embassy(UUID id, String country, String city, String website, int version) {}
