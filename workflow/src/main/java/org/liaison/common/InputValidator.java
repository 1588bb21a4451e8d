package org.liaison.common;

import jakarta.validation.ConstraintViolation;
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
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
      throw new InvalidInputException(errors);
    }
    return input;
  }
}
