package org.liaison.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** A small client for Liaison's REST API in tests; it never throws on an error status. */
public final class Api {

  private final RestClient client;

  public Api(int port) {
    client = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (req, res) -> { })
        .build();
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public ResponseEntity<String> call(HttpMethod method, String path, String authorization, String coalition, String jsonBody) {
    RestClient.RequestBodySpec spec = client.method(method).uri(path);
    if (authorization != null) {
      spec.header(HttpHeaders.AUTHORIZATION, authorization);
    }
    if (coalition != null) {
      spec.header("X-Coalition", coalition);
    }
    if (jsonBody != null) {
      spec.contentType(MediaType.APPLICATION_JSON).body(jsonBody);
    }
    return spec.retrieve().toEntity(String.class);
  }

  public ResponseEntity<String> get(String path, String authorization, String coalition) {
    return call(HttpMethod.GET, path, authorization, coalition, null);
  }
}
