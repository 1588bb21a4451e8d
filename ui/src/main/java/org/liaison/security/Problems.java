package org.liaison.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Writes {@code application/problem+json} from security filters, where the API's controller advice
 * does not apply; same shape as the advice's answers.
 */
final class Problems {

  /** Spring's builder adds the ProblemDetail mix-in, so the JSON matches the API's other problems. */
  private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

  static void write(HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
    problem.setType(URI.create("https://liaison.example/problems/" + type));
    problem.setTitle(title);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getWriter(), problem);
  }

  private Problems() {}
}
