package org.liaison.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fields an edit changes, compared as text: a field whose value stays the same is left out, so
 * saving a form unchanged writes no history. Enums are kept by name, sets sorted and joined.
 */
public final class Changes {

  private final List<FieldChange> changed = new ArrayList<>();

  public static Changes of() {
    return new Changes();
  }

  public Changes field(String field, Object old, Object now) {
    String before = text(old);
    String after = text(now);
    if (!Objects.equals(before, after)) {
      changed.add(new FieldChange(field, before, after));
    }
    return this;
  }

  public boolean none() {
    return changed.isEmpty();
  }

  public boolean has(String field) {
    return changed.stream().anyMatch(c -> c.field().equals(field));
  }

  public List<FieldChange> list() {
    return List.copyOf(changed);
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text;
    if (value instanceof Enum<?> e) {
      text = e.name();
    } else if (value instanceof Collection<?> items) {
      text = items.stream().map(Changes::text).sorted().collect(Collectors.joining(", "));
    } else {
      text = value.toString();
    }
    return text.isBlank() ? null : text.strip();
  }
}
