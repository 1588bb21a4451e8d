package org.liaison.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;

/**
 * Starts the real application in the prod profile, in its own JVM, against a database that is not
 * there: it must say so in one clear line naming the JDBC URL and exit non-zero, with no stack trace.
 */
class DatabaseUnreachableIT {

  record Run(int exitCode, String output) {}

  static Run startProd(Map<String, String> env) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        LiaisonApplication.class.getName(), "--spring.profiles.active=prod")
        .redirectErrorStream(true);
    pb.environment().putAll(env);
    Process process = pb.start();
    boolean ended = process.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ended).as("the application should stop by itself; it printed:%n%s", output).isTrue();
    return new Run(process.exitValue(), output);
  }

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void an_unreachable_database_gives_one_clear_line_and_a_non_zero_exit() throws Exception {
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/liaison";
    Run run = startProd(Map.of("LIAISON_DB_URL", url, "LIAISON_DB_USER", "liaison_app",
        "LIAISON_DB_OWNER_USER", "liaison_owner", "LIAISON_LOCAL_PASSWORD", "x"));

    assertThat(run.exitCode()).isEqualTo(DatabaseReachabilityCheck.EXIT_STATUS);
    List<String> errors = run.output().lines().filter(l -> l.matches(".*\\sERROR\\s.*")).toList();
    assertThat(errors).singleElement().asString()
        .contains("Cannot connect to the database at " + url)
        .contains("Check that PostgreSQL is running")
        .contains("LIAISON_DB_URL");
    assertThat(run.output()).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }

  @Test
  void a_missing_database_url_says_which_variable_to_set() throws Exception {
    Run run = startProd(Map.of("LIAISON_DB_URL", "", "LIAISON_LOCAL_PASSWORD", "x"));

    assertThat(run.exitCode()).isEqualTo(DatabaseReachabilityCheck.EXIT_STATUS);
    assertThat(run.output()).contains("No database is configured: set LIAISON_DB_URL");
    assertThat(run.output()).doesNotContain("\tat ");
  }
}
