package org.liaison.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.liaison.common.InvalidInputException;

/**
 * Shows a service's {@link InvalidInputException} on the form: each message on the field it names,
 * and any message for a field the form does not show as a notification, so nothing is lost. Bound
 * fields validate manually: the service is the one judge of what is valid, so a field's own
 * built-in checks never overwrite (or clear) a message the service gave.
 */
public final class FieldErrors {

  private final Map<String, HasValidation> fields = new LinkedHashMap<>();

  public FieldErrors bind(String property, HasValidation field) {
    field.setManualValidation(true);
    if (field instanceof HasValue<?, ?> input) {
      // a corrected field loses its message at once
      input.addValueChangeListener(e -> field.setInvalid(false));
    }
    fields.put(property, field);
    return this;
  }

  public void clear() {
    fields.values().forEach(f -> {
      f.setInvalid(false);
      f.setErrorMessage(null);
    });
  }

  public void show(InvalidInputException e) {
    clear();
    e.fieldErrors().forEach((property, message) -> {
      HasValidation field = fields.get(property);
      if (field == null) {
        Notices.problem(message);
      } else {
        field.setErrorMessage(message);
        field.setInvalid(true);
      }
    });
  }
}
