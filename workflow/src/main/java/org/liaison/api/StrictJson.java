package org.liaison.api;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON of the API is read as written, never guessed: a number is not a severity, a number is not
 * a title, a field the API does not know is an error (a misspelt field would otherwise be dropped
 * silently), and no value is bigger than any field of Liaison could hold. Each refusal becomes a
 * 400 naming the field ({@link ApiErrors}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

  /** Longer than any text field (4,000 characters), shorter than anything that costs memory to read. */
  static final int MAX_STRING_LENGTH = 20_000;
  static final int MAX_NESTING_DEPTH = 20;
  /**
   * JSON tokens in one body: every request of this API has a few dozen fields and short lists (a
   * case's themes, an outreach's officers), so 5,000 is generous, and a 100,000-element array that
   * fits under the body cap is refused before it is bound.
   */
  static final long MAX_TOKENS = 5_000;

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonReading() {
    return builder -> builder
        .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .postConfigurer(mapper -> {
          mapper.coercionConfigFor(LogicalType.Textual)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Enum)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
          mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
              .maxStringLength(MAX_STRING_LENGTH)
              .maxNestingDepth(MAX_NESTING_DEPTH)
              .maxTokenCount(MAX_TOKENS)
              .build());
        });
  }
}
