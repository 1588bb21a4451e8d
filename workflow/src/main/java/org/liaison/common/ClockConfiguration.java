package org.liaison.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for all timestamps, the engine's and Liaison's: the application's {@link Clock} reads the
 * engine's clock, which is the system's unless a test or the demo's history moves it
 * ({@link org.liaison.workflow.HistoryClock}). So a step's record in Liaison's tables and the engine's
 * history of the same step carry the same time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return new EngineClock(ZoneOffset.UTC);
  }

  /** The engine's clock as a {@link Clock}. */
  static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return zone.equals(other) ? this : new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public String toString() {
      return "EngineClock[" + zone + "]";
    }
  }
}
