package org.liaison.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What PostgreSQL says when it cannot start becomes one line saying what to do. */
class StartFailuresTest {

  @TempDir
  Path tmp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-12-02 10:00:00 UTC [7] FATAL:  could not write to file \"pg_wal/xlogtemp.7\": No space left on device"
          + "| is full (PostgreSQL: FATAL:  could not write to file \"pg_wal/xlogtemp.7\": No space left on device): free some space",
      "2026-12-02 10:00:00 UTC [7] FATAL:  could not open file \"global/pg_control\": Permission denied"
          + "| give the user running Liaison ownership of that directory",
      "2026-12-02 10:00:00 UTC [7] FATAL:  could not create any TCP/IP sockets"
          + "| set LIAISON_DB_PORT to a free port",
      "2026-12-02 10:00:00 UTC [7] FATAL:  database files are incompatible with server"
          + "| was made by another PostgreSQL version",
      "2026-12-02 10:00:00 UTC [7] FATAL:  lock file \"postmaster.pid\" already exists"
          + "| delete ",
      "initdb: error: could not create directory \"/x/pg_wal\": No space left on device"
          + "| is full (PostgreSQL: initdb: error: could not create directory",
  })
  void the_servers_own_words_become_a_line_with_the_remedy(String logLine, String expected) throws IOException {
    Path startLog = Files.writeString(tmp.resolve("start.log"), "LOG:  starting PostgreSQL 17.6\n" + logLine + "\n");

    EmbeddedDatabaseException e = StartFailures.explain(new DataDirectory(tmp.resolve("data")), startLog,
        new IllegalStateException("Process [pg_ctl, start] failed"));

    assertThat(e.getMessage()).contains(expected).doesNotContain("\n");
  }

  @Test
  void without_a_word_from_the_server_it_points_at_the_logs() throws IOException {
    Path startLog = Files.writeString(tmp.resolve("start.log"), "");
    Path data = tmp.resolve("data");

    EmbeddedDatabaseException e = StartFailures.explain(new DataDirectory(data), startLog,
        new IllegalStateException("Gave up waiting for server to start after 120000ms"));

    assertThat(e.getMessage()).isEqualTo("The embedded database in " + data + " did not start (Gave up waiting for server "
        + "to start after 120000ms): see " + startLog + " and " + data.resolve("log") + " for the server's own account.");
  }
}
