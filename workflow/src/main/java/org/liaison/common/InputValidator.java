package org.liaison.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Runs Bean Validation on a service's input record and turns violations into {@link InvalidInputException}. */
@Component
public class InputValidator {

  private final Validator validator;

  public InputValidator(Validator validator) {
    this.validator = validator;
  }

  public <T> T check(T input) {
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      Map<String, String> errors = new LinkedHashMap<>();
      violations.stream()
          .sorted(Comparator.comparing(v -> field(v.getPropertyPath())))
          .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath()), v.getMessage()));
      throw new InvalidInputException(errors);
    }
    return input;
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
