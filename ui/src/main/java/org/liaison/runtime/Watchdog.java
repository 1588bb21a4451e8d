package org.liaison.runtime;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ties the embedded database server to the application's JVM, which may die by SIGKILL (the OOM
 * killer, a crashed laptop), where no Java code runs any more: a shell process in a session of its
 * own waits for the JVM to end, lets a server start that the JVM had begun finish (pg_ctl waits
 * until the server is ready; initdb ends by itself), then stops the server of the data directory
 * and of its staging directory with a fast shutdown (SIGINT, as {@code pg_ctl stop -m fast}).
 *
 * <p>A server started after the JVM ended (a later Liaison's, on the same directory) is never
 * touched: the watchdog only stops a server whose {@code postmaster.pid} says it started before
 * the watchdog acted. Started before any server, so there is no moment when a server runs
 * unwatched. When the application stops normally it stops the server itself and then this.
 */
final class Watchdog implements AutoCloseable {

  private static final String SCRIPT = """
      jvm=$1; dir=$2; staging=$3
      while kill -0 "$jvm" 2>/dev/null; do sleep 0.5; done
      i=0
      while [ $i -lt 240 ] && pgrep -f -- "(pg_ctl|initdb) .*-D $dir" >/dev/null 2>&1; do sleep 0.5; i=$((i+1)); done
      acted=$(date +%s)
      for d in "$dir" "$staging"; do
        pid=$(sed -n 1p "$d/postmaster.pid" 2>/dev/null); started=$(sed -n 3p "$d/postmaster.pid" 2>/dev/null)
        if [ -n "$pid" ] && [ -n "$started" ] && [ "$started" -le "$acted" ]; then kill -INT "$pid" 2>/dev/null; fi
      done
      """;

  private final Process process;

  private Watchdog(Process process) {
    this.process = process;
  }

  static Watchdog watch(DataDirectory data) {
    List<String> command = List.of("setsid", "sh", "-c", SCRIPT, "liaison-db-watchdog",
        Long.toString(ProcessHandle.current().pid()), data.path().toString(), data.stagingDirectory().toString());
    try {
      return new Watchdog(new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start());
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot start the watchdog of its embedded database (" + e.getMessage()
          + "): it needs setsid, sh, sed and pgrep (util-linux, a POSIX shell and procps) on the PATH.");
    }
  }

  /** Ends the watchdog (the application has stopped the server itself). */
  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
