package org.liaison.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's contract as OpenAPI 3 ({@code /v3/api-docs}, readable at {@code /swagger-ui.html}):
 * every endpoint with its parameters and its errors (the problems of {@link ApiErrors}), how to
 * authenticate, and the coalition header every request names its coalition in.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static final String COALITION_HEADER = "X-Coalition";

  @Bean
  OpenAPI liaisonApi() {
    return new OpenAPI()
        .info(new Info().title("Liaison API").version("1")
            .description("The cases, tasks, contacts and settings of one coalition. Every request authenticates "
                + "(HTTP Basic with a local account, or a bearer token from Liaison's Keycloak realm) and names its "
                + "coalition in the X-Coalition header (optional for people in one coalition). Errors are "
                + "application/problem+json: 400 with a message per field (nothing saved), 401, 403 for a coalition "
                + "you are not a member of, 404 for a record that does not exist in your coalition (also one of "
                + "another coalition), 405, 409 when the record is not waiting for what was asked, 415.")
            .license(new License().name("Liaison")))
        .components(new Components()
            .addSchemas("ProblemDetail", new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ObjectSchema().description("field → what is wrong with it")
                    .additionalProperties(new StringSchema())))
            .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
            .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }

  /**
   * Every operation takes the coalition header and answers with the API's problems (see
   * {@link ApiErrors}); an operation that takes a body can also be refused for its media type.
   */
  @Bean
  OperationCustomizer coalitionHeaderAndProblems() {
    return (operation, handler) -> {
      operation.addParametersItem(new HeaderParameter().name(COALITION_HEADER)
          .description("The coalition the request acts in (its id, e.g. 'press'); optional for people in one coalition")
          .required(false).schema(new StringSchema()));
      ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
      problem(responses, "400", "Invalid input: a message per field in 'errors' (or the parameter that is not "
          + "valid); nothing was saved");
      problem(responses, "401", "Sign-in required: missing, wrong, expired or foreign credentials");
      problem(responses, "403", "Not a member of the coalition named in X-Coalition, or not allowed for your role");
      problem(responses, "404", "No such record in your coalition (a record of another coalition is reported the same)");
      problem(responses, "409", "The record is not waiting for this now, or someone else holds the task; nothing was changed");
      if (operation.getRequestBody() != null) {
        problem(responses, "415", "Send the body as application/json");
      }
      operation.setResponses(responses);
      return operation;
    };
  }

  private static void problem(ApiResponses responses, String status, String description) {
    responses.putIfAbsent(status, new ApiResponse().description(description).content(new Content()
        .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
  }
}
