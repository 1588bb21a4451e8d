package org.liaison.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.liaison.api.Api;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * PostgreSQL goes away under load and comes back (issue 13's faults; the database is cut off by a TCP
 * proxy between Liaison and it, which the application cannot tell from a stopped server): while it is
 * away every request gets a clear 503 "temporarily unavailable" within seconds — never a 500 or a stack
 * trace —, a case raised meanwhile is not half-written, and once it is back Liaison serves again within
 * a minute without a restart. The outage lasts {@code liaison.test.outage-seconds} (10 in the suite, 30
 * for issue 13's full run).
 */
// late, beside the other classes of the shared context: what it does to the pool is over before the sweep
@Order(Integer.MAX_VALUE - 1)
class DatabaseOutageIT extends AppIT {

  static final int OUTAGE_SECONDS = Integer.getInteger("liaison.test.outage-seconds", 10);
  static final String MILO = Api.basic("milo", "liaison");

  @LocalServerPort int port;

  static String newCase(String title) {
    return "{\"title\":\"" + title + "\",\"summary\":\"Held without charge\",\"country\":\"KE\","
        + "\"themes\":[\"FREEDOM_OF_EXPRESSION\"],\"severity\":\"HIGH\"}";
  }

  static <T> Duration timed(Supplier<T> call) {
    Instant start = Instant.now();
    call.get();
    return Duration.between(start, Instant.now());
  }

  @Test
  void while_the_database_is_away_people_are_told_so_nothing_is_half_written_and_service_returns_by_itself()
      throws Exception {
    Api api = new Api(port);
    assertThat(api.call(HttpMethod.POST, "/api/cases", MILO, "press", newCase("Before the outage")).getStatusCode().value())
        .isEqualTo(201);

    // load: two people reading the cases list the whole time
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicBoolean loading = new AtomicBoolean(true);
    Thread[] readers = new Thread[2];
    for (int i = 0; i < readers.length; i++) {
      readers[i] = new Thread(() -> {
        while (loading.get()) {
          int status = api.get("/api/cases", MILO, "press").getStatusCode().value();
          statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }
      });
      readers[i].start();
    }
    Thread.sleep(1_000); // a moment of normal service under load (it is counted below)

    databaseLink().cut();
    Instant cut = Instant.now();
    ResponseEntity<String>[] during = new ResponseEntity[1];
    Duration answeredIn = timed(() -> during[0] = api.call(HttpMethod.POST, "/api/cases", MILO, "press",
        newCase("Raised during the outage")));
    assertThat(during[0].getStatusCode().value()).as(during[0].getBody()).isEqualTo(503);
    assertThat(during[0].getHeaders().getFirst("Retry-After")).isEqualTo("30");
    assertThat(during[0].getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(during[0].getBody()).contains("temporarily-unavailable", "does not answer", "nothing was saved")
        .doesNotContain("Exception", "\tat ");
    assertThat(answeredIn).as("told within seconds, not after a long hang").isLessThan(Duration.ofSeconds(15));
    ResponseEntity<String> list = api.get("/api/cases", MILO, "press");
    assertThat(list.getStatusCode().value()).isEqualTo(503);

    long left = OUTAGE_SECONDS * 1000L - Duration.between(cut, Instant.now()).toMillis();
    if (left > 0) {
      Thread.sleep(left); // the outage lasts its length whatever the requests do meanwhile
    }
    databaseLink().restore();
    Instant back = Instant.now();
    // the coalition's cases about the outage: the shared context's other tests raise cases in it too
    ResponseEntity<String> after = api.get("/api/cases?q=outage", MILO, "press");
    while (after.getStatusCode().value() != 200 && Duration.between(back, Instant.now()).toSeconds() < 60) {
      after = api.get("/api/cases?q=outage", MILO, "press");
    }
    Duration recovery = Duration.between(back, Instant.now());
    loading.set(false);
    for (Thread reader : readers) {
      reader.join(30_000);
    }
    System.out.printf("[outage] %d s without the database; first 503 after %d ms; served again %d ms after it returned; "
        + "statuses under load: %s%n", OUTAGE_SECONDS, answeredIn.toMillis(), recovery.toMillis(), statuses);

    assertThat(after.getStatusCode().value()).as("served again within a minute, without a restart").isEqualTo(200);
    assertThat(after.getBody()).contains("Before the outage").doesNotContain("Raised during the outage");
    assertThat(statuses).as("only served or 'temporarily unavailable', never an unexpected error")
        .containsKeys(200, 503).allSatisfy((status, count) -> assertThat(status).isIn(200, 503));
    assertThat(api.call(HttpMethod.POST, "/api/cases", MILO, "press", newCase("After the outage"))
        .getStatusCode().value()).isEqualTo(201);
  }
}
