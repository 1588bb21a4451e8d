package org.liaison.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case ("KE", "GT"). Null is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CountryCode.Validator.class)
public @interface CountryCode {

  String message() default "{liaison.country.unknown}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The codes Java knows as countries. */
  Set<String> KNOWN = Set.of(Locale.getISOCountries());

  class Validator implements ConstraintValidator<CountryCode, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || KNOWN.contains(value);
    }
  }
}
