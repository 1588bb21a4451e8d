package org.liaison.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.liaison.mail.Outbox;
import org.liaison.workflow.EngineTotals;
import org.springframework.stereotype.Component;

/**
 * What an operator watches, as Prometheus gauges read at each scrape (count queries only, totals
 * over every coalition, never a coalition's data): the engine's jobs due, failed jobs whose retries
 * are used up, open incidents, and the outbox's pending and failed mail. Served at
 * {@code /actuator/prometheus} to the private network, with the JVM's, Tomcat's and the pool's own.
 */
@Component
class OperationsMetrics implements MeterBinder {

  private final EngineTotals engine;
  private final Outbox outbox;

  OperationsMetrics(EngineTotals engine, Outbox outbox) {
    this.engine = engine;
    this.outbox = outbox;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "liaison.engine.jobs.due", "Jobs of the engine due now (timers, async steps, retries)",
        engine::jobsDue);
    gauge(registry, "liaison.engine.jobs.failed", "Jobs whose retries are used up (each raises an incident)",
        engine::jobsFailed);
    gauge(registry, "liaison.engine.incidents", "Open incidents of every coalition's lifecycles", engine::incidents);
    gauge(registry, "liaison.outbox.pending", "Mail queued and not yet sent", () -> outbox.totals()[0]);
    gauge(registry, "liaison.outbox.failed", "Mail the outbox gave up on (Reports offers a Retry)",
        () -> outbox.totals()[1]);
  }

  private static void gauge(MeterRegistry registry, String name, String description, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).strongReference(true).register(registry);
  }
}
