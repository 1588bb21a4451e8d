package org.liaison.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation on a service's input record and turns violations into
 * {@link InvalidInputException}; also refuses, in every text of the record, the characters no
 * person types and some use to hide or disguise text: NUL and the other control characters (tab
 * and line breaks excepted), and the bidirectional overrides that make text read backwards.
 */
@Component
@RequiredArgsConstructor
public class InputValidator {

  private final Validator validator;

  public <T> T check(T input) {
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    Map<String, String> errors = new LinkedHashMap<>();
    violations.stream()
        .sorted(Comparator.comparing(v -> field(v.getPropertyPath())))
        .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath()), v.getMessage()));
    hiddenCharacters("", input, 0, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return input;
  }

  /** Checks one text given outside a record (a reason, a note): the same refusal, for {@code field}. */
  public String checkText(String field, String text) {
    Map<String, String> errors = new LinkedHashMap<>();
    hiddenCharacters(field, text, 0, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return text;
  }

  /** The first character of {@code text} that is refused, or -1. */
  public static int hiddenCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || (c >= 0x80 && c < 0xA0);
      boolean override = c >= 0x202A && c <= 0x202E;
      if (control || override) {
        return c;
      }
    }
    return -1;
  }

  private static void hiddenCharacters(String field, Object value, int depth, Map<String, String> errors) {
    if (value == null || depth > 3) {
      return;
    }
    if (value instanceof String text) {
      int c = hiddenCharacter(text);
      if (c >= 0) {
        errors.putIfAbsent(field, String.format("Remove the invisible character U+%04X from this text", c));
      }
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        hiddenCharacters(field + "[" + i++ + "]", item, depth + 1, errors);
      }
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          Object v = component.getAccessor().invoke(record);
          hiddenCharacters(field.isEmpty() ? component.getName() : field + "." + component.getName(), v, depth + 1, errors);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read " + component, e);
        }
      }
    }
  }

  /** The field a violation is about: {@code to[1]} for the second element of a list, not {@code to[1].<list element>}. */
  static String field(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        field.append('[').append(position == null ? "" : position).append(']');
      }
      if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return field.toString();
  }
}
