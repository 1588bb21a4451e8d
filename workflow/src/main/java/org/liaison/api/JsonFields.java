package org.liaison.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Says, in words a person integrating with the API understands, which JSON field is wrong and why. */
final class JsonFields {

  private JsonFields() {}

  /** {@code themes[2]}, {@code recipients[0].email}: the field as the request body spells it. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /**
   * Where the parser stood when it gave up (a text over the length limit, say), in the same form as
   * {@link #path(JsonMappingException)}; empty when it stood at the top of the body.
   */
  static String path(com.fasterxml.jackson.core.JsonStreamContext context) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (com.fasterxml.jackson.core.JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.push((c.getParent() != null && !c.getParent().inRoot() && !c.getParent().inArray() ? "." : "")
            + c.getCurrentName());
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  static String problem(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      Collection<Object> known = u.getKnownPropertyIds();
      return "is not a field of this request" + (known == null || known.isEmpty() ? ""
          : "; the fields are " + String.join(", ", known.stream().map(String::valueOf).sorted().toList()));
    }
    if (e instanceof InvalidNullException) {
      return "must not be null";
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      return "must be one of " + String.join(", ", Arrays.stream(f.getTargetType().getEnumConstants())
          .map(String::valueOf).toList());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "must be " + describe(m.getTargetType());
    }
    return "is not valid here";
  }

  private static String describe(Class<?> type) {
    if (type == String.class) {
      return "a text (in quotes)";
    }
    if (type.isEnum()) {
      return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type.getName().startsWith("java.time.")) {
      return "a date or time in ISO 8601 (" + type.getSimpleName().toLowerCase(Locale.ROOT) + ")";
    }
    if (type == java.util.UUID.class) {
      return "an id (UUID)";
    }
    return "a " + type.getSimpleName();
  }
}
