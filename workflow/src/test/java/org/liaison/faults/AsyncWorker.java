package org.liaison.faults;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.liaison.WorkflowTestApplication;
import org.liaison.mail.internal.OutboxDispatcher;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The process {@link AsyncWorkFaultsIT} kills: the workflow module booted alone (engine, delegates,
 * listeners, services, outbox) as one Liaison node, in a JVM of its own, doing the node's async work —
 * the engine's job executor (timers and their delegates) and the outbox dispatcher sending by SMTP.
 *
 * <p>It boots with both held ({@link #READY}), so that the suite can start the next process while the
 * current one works, and starts them when it reads {@code go} on its standard input ({@link #WORKING}):
 * the job executor as the Camunda starter would at start-up, the dispatcher at a fixed delay after each
 * run as {@code OutboxSchedule} does (at {@code faults.dispatch-interval} ms). {@code stop}, or the end of
 * the input, closes the context cleanly.
 */
public final class AsyncWorker {

  /** Printed once the context is up, with the job executor and the dispatcher held. */
  public static final String READY = "[async worker] ready";
  /** Printed once the job executor and the dispatcher run. */
  public static final String WORKING = "[async worker] working";

  /** The Camunda starter's bean that starts the job executor at start-up ({@code JobExecutorStartingEventListener}). */
  private static final String JOB_EXECUTOR_STARTER = "jobExecutorStartingEventListener";

  private AsyncWorker() {}

  public static void main(String[] args) throws Exception {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkflowTestApplication.class)
        .web(WebApplicationType.NONE)
        // without the starter's listener that starts the job executor once the application is ready
        .initializers(c -> c.addBeanFactoryPostProcessor(factory ->
            ((BeanDefinitionRegistry) factory).removeBeanDefinition(JOB_EXECUTOR_STARTER)))
        .run(args);
    try {
      JobExecutor jobExecutor = context.getBean(JobExecutor.class);
      OutboxDispatcher dispatcher = context.getBean(OutboxDispatcher.class);
      System.out.println(READY + " (pid " + ProcessHandle.current().pid() + ")");
      BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      if ("go".equals(commands.readLine())) {
        jobExecutor.start();
        long interval = context.getEnvironment().getProperty("faults.dispatch-interval", Long.class, 250L);
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor();
        schedule.scheduleWithFixedDelay(() -> {
          try {
            dispatcher.dispatchOnce();
          } catch (RuntimeException e) { // as Spring's scheduler does: log it, and run again after the delay
            System.out.println("[async worker] dispatch failed: " + e);
          }
        }, 0, interval, TimeUnit.MILLISECONDS);
        System.out.println(WORKING + " (pid " + ProcessHandle.current().pid() + ")");
        commands.readLine(); // "stop" or the end of the input
        schedule.shutdown();
        schedule.awaitTermination(30, TimeUnit.SECONDS);
      }
    } catch (Throwable e) { // a worker that cannot work must end, not linger
      e.printStackTrace();
      System.exit(1);
    }
    context.close();
    System.exit(0);
  }
}
