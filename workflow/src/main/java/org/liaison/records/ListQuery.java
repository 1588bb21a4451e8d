package org.liaison.records;

import jakarta.validation.constraints.Size;
import org.liaison.common.InvalidInputException;

/**
 * What a record list shows: words to find (full text), a status and an owner to filter by (each
 * ignored when null), the column to sort by (the list's default when null) and its direction.
 */
public record ListQuery(
    @Size(max = 200, message = "{liaison.search.tooLong}") String text,
    @Size(max = 40, message = "{liaison.search.tooLong}") String status,
    @Size(max = 100, message = "{liaison.search.tooLong}") String owner,
    String sort,
    boolean descending) {

  /** Every record, in the list's default order. */
  public static final ListQuery ALL = new ListQuery(null, null, null, null, false);

  /** The status filter as the list's status type; an unknown one is refused, naming the field. */
  public <E extends Enum<E>> E status(Class<E> type) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, status.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("status", "Choose one of " + String.join(", ",
          java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
  }
}
