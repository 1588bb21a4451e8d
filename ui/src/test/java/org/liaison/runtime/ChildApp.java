package org.liaison.runtime;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.liaison.LiaisonApplication;

/**
 * Liaison's embedded default (README's run command) in a JVM of its own, on a data directory of
 * the test's, driven over HTTP: to be killed as the kernel's OOM killer would, and started again.
 */
final class ChildApp {

  private static final String MILO = "Basic " + Base64.getEncoder().encodeToString("milo:liaison".getBytes(StandardCharsets.UTF_8));
  private static final Pattern CASE_LOCATION = Pattern.compile("/api/cases/(PFC-\\d{4}-\\d{4,})");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final int port;
  private final Path output;
  private final Instant started = Instant.now();

  private ChildApp(Process process, int port, Path output) {
    this.process = process;
    this.port = port;
    this.output = output;
  }

  /** Starts the application with its data in {@code dataDir}; what it prints goes to {@code output}. */
  static ChildApp start(Path dataDir, Path output) throws IOException {
    int port = freePort();
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java,
        // start-up speed over peak speed: these JVMs live for seconds
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
        "-cp", System.getProperty("java.class.path"), LiaisonApplication.class.getName())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()));
    pb.environment().put("LIAISON_DATA_DIR", dataDir.toString());
    pb.environment().put("PORT", Integer.toString(port));
    // the demo's year of history is DemoDataSeederIT's concern; these tests are about what survives a kill
    pb.environment().put("LIAISON_DEMO_HISTORY_CASES", "0");
    return new ChildApp(pb.start(), port, output);
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  Duration age() {
    return Duration.between(started, Instant.now());
  }

  String output() {
    try {
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(output unreadable: " + e.getMessage() + ")";
    }
  }

  /** Waits until it answers the API as a member, or until it ends by itself; true if it answers. */
  boolean awaitServing(Duration timeout) throws InterruptedException {
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until) && process.isAlive()) {
      if (status(get("/api/cases?size=1")) == 200) {
        return true;
      }
      process.waitFor(200, TimeUnit.MILLISECONDS);
    }
    return false;
  }

  /** Waits until it has started completely (demo seeding included), as its log says; false if it ended or timed out. */
  boolean awaitStarted(Duration timeout) throws InterruptedException {
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until) && process.isAlive()) {
      if (output().contains("Started LiaisonApplication in")) {
        return true;
      }
      process.waitFor(200, TimeUnit.MILLISECONDS);
    }
    return false;
  }

  /** Exit status once it ended by itself within {@code timeout}, else empty. */
  Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
  }

  /** Raises a case through the API; its reference once the API answered 201, else empty. */
  Optional<String> raiseCase(String title) {
    String body = "{\"title\":\"" + title + "\",\"summary\":\"Raised while the application may be killed at any moment\","
        + "\"country\":\"KE\",\"themes\":[\"OTHER\"],\"severity\":\"LOW\"}";
    try {
      HttpResponse<String> response = HTTP.send(request("/api/cases").POST(HttpRequest.BodyPublishers.ofString(body))
          .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        return Optional.empty();
      }
      Matcher m = CASE_LOCATION.matcher(response.headers().firstValue("Location").orElse(""));
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The HTTP status of a GET as milo in the press coalition (0 when nothing answers). */
  int status(String path) {
    return status(get(path));
  }

  String body(String path) throws IOException, InterruptedException {
    return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private Optional<HttpResponse<Void>> get(String path) {
    try {
      return Optional.of(HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static int status(Optional<HttpResponse<Void>> response) {
    return response.map(HttpResponse::statusCode).orElse(0);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
        .header("Authorization", MILO).header("X-Coalition", "press");
  }

  /** SIGKILL: no shutdown hook, no Spring close, nothing of Java runs any more. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** A normal stop (SIGTERM): Spring closes and stops the database. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }

  /**
   * The processes that use {@code dataDir} (or its staging directory): those whose command line
   * names it (the server, initdb, pg_ctl, the watchdog) or that run in it (every server process).
   */
  static List<String> processesUsing(Path dataDir) {
    List<String> found = new ArrayList<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
        try {
          String cmdline = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
          String cwd = cwdOf(p);
          if (cmdline.contains(dataDir.toString()) || cwd.startsWith(dataDir.toString())) {
            found.add(p.getFileName() + ": " + cmdline.trim() + " (in " + cwd + ")");
          }
        } catch (IOException gone) {
          // ended meanwhile
        }
      });
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc", e);
    }
    return found;
  }

  /**
   * The local addresses its HTTP port listens on, from the kernel's socket tables
   * ({@code /proc/net/tcp}, {@code tcp6}): hex as the kernel writes them.
   */
  List<String> listenAddresses() throws IOException {
    String portHex = String.format("%04X", port);
    List<String> addresses = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : Files.readAllLines(Path.of(table))) {
        String[] f = line.trim().split("\\s+");
        // local_address is "ADDR:PORT"; state 0A is LISTEN
        if (f.length > 3 && f[1].endsWith(":" + portHex) && "0A".equals(f[3])) {
          addresses.add(f[1].substring(0, f[1].indexOf(':')));
        }
      }
    }
    return addresses;
  }

  private static String cwdOf(Path proc) {
    try {
      return Files.readSymbolicLink(proc.resolve("cwd")).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
