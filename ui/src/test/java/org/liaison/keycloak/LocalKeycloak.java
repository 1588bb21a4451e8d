package org.liaison.keycloak;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes sure the real Keycloak with Liaison's realm answers before a test class's Spring context
 * starts: CI starts it in .ci/run; otherwise this runs deploy/keycloak/start-keycloak.sh, so that
 * README's test command needs nothing started by hand.
 */
public class LocalKeycloak implements BeforeAllCallback {

  public static final String ISSUER = "http://localhost:8180/realms/liaison";

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (answers()) {
      return;
    }
    Path script = repositoryRoot().resolve("deploy/keycloak/start-keycloak.sh");
    Process start = new ProcessBuilder("bash", script.toString()).inheritIO().start();
    if (!start.waitFor(300, TimeUnit.SECONDS) || start.exitValue() != 0 || !answers()) {
      throw new IllegalStateException("Keycloak did not start with " + script + "; see target/keycloak/keycloak.log");
    }
  }

  static boolean answers() {
    try {
      HttpResponse<Void> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
              .timeout(Duration.ofSeconds(3)).build(),
          HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static Path repositoryRoot() {
    Path dir = new File("").getAbsoluteFile().toPath();
    while (dir != null && !Files.exists(dir.resolve("deploy/keycloak/start-keycloak.sh"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("Cannot find deploy/keycloak/start-keycloak.sh above " + new File("").getAbsolutePath());
    }
    return dir;
  }

  /** An access token for a demo user from the development client, by password grant. */
  public static String passwordGrant(String host, String username, String password) throws IOException, InterruptedException {
    return passwordGrant(host, "liaison-api", username, password);
  }

  /** An access token for a demo user from any public client of the realm with direct grants. */
  public static String passwordGrant(String host, String clientId, String username, String password)
      throws IOException, InterruptedException {
    String form = "grant_type=password&client_id=" + clientId + "&username=" + username + "&password=" + password;
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://" + host + ":8180/realms/liaison/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Password grant failed: " + response.statusCode() + " " + response.body());
    }
    String body = response.body();
    int start = body.indexOf("\"access_token\":\"") + "\"access_token\":\"".length();
    return body.substring(start, body.indexOf('"', start));
  }
}
