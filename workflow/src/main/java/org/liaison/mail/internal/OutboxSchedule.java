package org.liaison.mail.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the dispatcher every {@code liaison.mail.dispatch-interval} (default 5s) after the previous run
 * ended. Tests turn it off ({@code liaison.mail.dispatcher.enabled=false}) and dispatch explicitly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "liaison.mail.dispatcher.enabled", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutboxSchedule {

  private final OutboxDispatcher dispatcher;

  @Scheduled(initialDelayString = "${liaison.mail.dispatch-interval:5s}",
      fixedDelayString = "${liaison.mail.dispatch-interval:5s}")
  void dispatch() {
    dispatcher.dispatchOnce();
  }
}
