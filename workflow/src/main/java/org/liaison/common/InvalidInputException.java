package org.liaison.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a user can correct: each entry names a field and says what is wrong with it. Nothing has
 * been saved when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public InvalidInputException(Map<String, String> fieldErrors) {
    super("Invalid input: " + fieldErrors);
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(Map.of(field, message));
  }

  /** Field name → message for the user, in the order the fields were checked. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
