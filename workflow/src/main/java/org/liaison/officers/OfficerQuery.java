package org.liaison.officers;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What the officers list shows: words to find in the name, title or e-mail, the embassy (or
 * {@code washington} for the experts there) and portfolio to filter by (ignored when null), whether
 * archived officers are included, and the sort column ({@code name} when null).
 */
public record OfficerQuery(
    @Size(max = 200, message = "{liaison.search.tooLong}") String text,
    UUID embassyId,
    boolean washington,
    Portfolio portfolio,
    boolean includeArchived,
    String sort,
    boolean descending) {

  public static final OfficerQuery ACTIVE = new OfficerQuery(null, null, false, null, false, null, false);
}
