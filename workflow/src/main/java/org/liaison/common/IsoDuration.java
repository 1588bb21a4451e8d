package org.liaison.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

/**
 * A positive ISO 8601 duration ({@code P7D}, {@code PT4H}, {@code P1M}), the form BPMN timers
 * take, within {@link #min()} and {@link #max()} when given (compared from the same moment, so
 * {@code P1M} and {@code P30D} compare as the calendar does). Null is left to {@code @NotNull}.
 * A duration beyond any sane bound ({@code P999999999999D}) would be saved and make every timer
 * that reads it fail later; the bound refuses it now, with the reason in the message.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDuration.Validator.class)
public @interface IsoDuration {

  String message() default "{liaison.duration.invalid}";

  /** The shortest allowed duration (ISO 8601), or none. */
  String min() default "";

  /** The longest allowed duration (ISO 8601), or none. */
  String max() default "";

  /** What to say when the duration is well-formed but outside {@link #min()}…{@link #max()}: the range and why. */
  String rangeMessage() default "{liaison.duration.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<IsoDuration, String> {

    private static boolean anyFieldAbove(Duration d, long limit) {
      for (javax.xml.datatype.DatatypeConstants.Field f : new javax.xml.datatype.DatatypeConstants.Field[] {
          javax.xml.datatype.DatatypeConstants.YEARS, javax.xml.datatype.DatatypeConstants.MONTHS,
          javax.xml.datatype.DatatypeConstants.DAYS, javax.xml.datatype.DatatypeConstants.HOURS,
          javax.xml.datatype.DatatypeConstants.MINUTES, javax.xml.datatype.DatatypeConstants.SECONDS}) {
        Number n = d.getField(f);
        if (n != null && new java.math.BigDecimal(n.toString()).compareTo(java.math.BigDecimal.valueOf(limit)) > 0) {
          return true;
        }
      }
      return false;
    }

    private static final DatatypeFactory FACTORY;
    /** Any fixed moment: durations are compared by where they lead from it. */
    private static final java.time.Instant FROM = java.time.Instant.parse("2026-01-01T00:00:00Z");

    private String min;
    private String max;
    private String rangeMessage;

    @Override
    public void initialize(IsoDuration annotation) {
      min = annotation.min();
      max = annotation.max();
      rangeMessage = annotation.rangeMessage();
    }

    static {
      try {
        FACTORY = DatatypeFactory.newInstance();
      } catch (DatatypeConfigurationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private boolean within(java.time.Instant to) {
      return (min.isEmpty() || !to.isBefore(IsoDurations.plus(FROM, min)))
          && (max.isEmpty() || !to.isAfter(IsoDurations.plus(FROM, max)));
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      try {
        Duration d = FACTORY.newDuration(value.strip());
        if (d.getSign() <= 0) {
          return false;
        }
        // a field this large is beyond every bound, and calendar arithmetic would overflow on it
        boolean inRange = !anyFieldAbove(d, 1_000_000) && within(IsoDurations.plus(FROM, value));
        if (!inRange) {
          context.disableDefaultConstraintViolation();
          context.buildConstraintViolationWithTemplate(rangeMessage).addConstraintViolation();
        }
        return inRange;
      } catch (IllegalArgumentException | UnsupportedOperationException | ArithmeticException e) {
        return false;
      }
    }
  }
}
