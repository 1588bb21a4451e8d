package org.liaison.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The API's contract: every endpoint of every controller is in the OpenAPI document, with its errors. */
class ApiDocumentationIT extends AppIT {

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  void every_controller_method_is_in_the_document_with_its_errors() throws Exception {
    ResponseEntity<String> docs = new Api(port).get("/v3/api-docs", null, null);
    assertThat(docs.getStatusCode().value()).isEqualTo(200);
    JsonNode paths = new ObjectMapper().readTree(docs.getBody()).get("paths");

    List<String> endpoints = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (method.getBeanType().isAnnotationPresent(RestController.class)
          && method.getBeanType().getPackageName().startsWith("org.liaison")) {
        for (String path : info.getPathPatternsCondition().getPatternValues()) {
          info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name().toLowerCase(Locale.ROOT) + " " + path));
        }
      }
    });
    assertThat(endpoints).hasSizeGreaterThan(15);
    for (String endpoint : endpoints) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint.substring(endpoint.indexOf(' ') + 1);
      JsonNode operation = paths.path(path).path(method);
      assertThat(operation.isMissingNode()).as("%s is documented", endpoint).isFalse();
      assertThat(operation.path("responses").has("400")).as("%s documents its 400", endpoint).isTrue();
      assertThat(operation.path("responses").has("404")).as("%s documents its 404", endpoint).isTrue();
      assertThat(operation.path("parameters").toString()).as("%s takes the coalition header", endpoint)
          .contains("X-Coalition");
    }
  }

  @Test
  void the_document_and_its_reader_are_served_without_signing_in() {
    assertThat(new Api(port).get("/swagger-ui/index.html", null, null).getStatusCode().value()).isEqualTo(200);
  }
}
