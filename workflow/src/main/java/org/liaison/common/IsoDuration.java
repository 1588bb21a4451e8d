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
 * take. Null is left to {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDuration.Validator.class)
public @interface IsoDuration {

  String message() default "{liaison.duration.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<IsoDuration, String> {

    private static final DatatypeFactory FACTORY;

    static {
      try {
        FACTORY = DatatypeFactory.newInstance();
      } catch (DatatypeConfigurationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      try {
        Duration d = FACTORY.newDuration(value.strip());
        return d.getSign() > 0;
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        return false;
      }
    }
  }
}
