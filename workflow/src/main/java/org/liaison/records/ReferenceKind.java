package org.liaison.records;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a kind of record is numbered: {@code <prefix>-<year>-<seq>}, counted per coalition, kind and
 * year. Most kinds print their own prefix ({@code MTG-2026-0001}); cases print the coalition's
 * ({@code PFC-2026-0042}), because a case reference is what a coalition quotes to an embassy.
 *
 * @param counter the kind's counter (at most 10 characters), and its printed prefix unless
 *     {@code coalitionPrefix}
 * @param coalitionPrefix whether the reference starts with the coalition's prefix instead
 */
public record ReferenceKind(String counter, boolean coalitionPrefix) {

  private static final Pattern REFERENCE = Pattern.compile("[A-Z]+-\\d{4}-\\d{4,}");

  public ReferenceKind {
    Objects.requireNonNull(counter, "counter");
    if (counter.length() > 10) {
      throw new IllegalArgumentException("A reference kind has at most 10 characters: " + counter);
    }
  }

  /** References that start with the kind itself: {@code of("HRG")} numbers {@code HRG-2026-0001}. */
  public static ReferenceKind of(String kind) {
    return new ReferenceKind(kind, false);
  }

  /** References that start with the coalition's prefix, counted under {@code counter}. */
  public static ReferenceKind coalitionPrefixed(String counter) {
    return new ReferenceKind(counter, true);
  }

  /** Whether a business key is a reference of this kind (for a coalition-prefixed kind: of any prefix). */
  public boolean matches(String businessKey) {
    return businessKey != null && REFERENCE.matcher(businessKey).matches()
        && (coalitionPrefix || businessKey.startsWith(counter + "-"));
  }
}
