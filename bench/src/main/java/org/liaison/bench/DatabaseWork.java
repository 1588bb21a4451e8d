package org.liaison.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.liaison.testing.TestDatabase;

/**
 * The work one database did, from PostgreSQL's cumulative statistics: committed transactions
 * ({@code pg_stat_database.xact_commit}) and rows written per table ({@code n_tup_ins + n_tup_upd +
 * n_tup_del} of {@code pg_stat_user_tables}). Each reading is a new connection of the owner (one
 * transaction, then disconnect, which flushes its own statistics); what a reading itself adds to
 * {@code xact_commit} is calibrated on the idle database and subtracted.
 *
 * <p>Backends report their statistics asynchronously (at most once a second while busy, else after
 * ~10 s idle), so a run's work is read only after the pool's idle connections were closed (their
 * backends flush on exit) and two readings in a row agree.
 */
final class DatabaseWork {

  /** One reading: commits so far and rows written so far per table. */
  record Reading(long commits, long rollbacks, Map<String, Long> rows) {
    long rowsTotal() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** The work between two readings, a probe's own commits taken out. */
  record Delta(long commits, long rollbacks, Map<String, Long> rows) {
    long rowsTotal() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    long rowsWhere(java.util.function.Predicate<String> table) {
      return rows.entrySet().stream().filter(e -> table.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }
  }

  private final TestDatabase db;
  private long probeCost;
  private int probes;

  DatabaseWork(TestDatabase db) {
    this.db = db;
  }

  /** How many commits one reading adds, measured on the idle database (median of three). */
  void calibrate() throws InterruptedException {
    long[] d = new long[3];
    Reading previous = read();
    for (int i = 0; i < 3; i++) {
      Thread.sleep(300);
      Reading next = read();
      d[i] = next.commits() - previous.commits();
      previous = next;
    }
    java.util.Arrays.sort(d);
    probeCost = d[1];
  }

  long probeCost() {
    return probeCost;
  }

  /** A reading taken once the statistics stopped moving (bounded: 30 s), counting the probes it took. */
  Reading settled() throws InterruptedException {
    Reading previous = read();
    for (int i = 0; i < 60; i++) {
      Thread.sleep(500);
      Reading next = read();
      if (next.commits() - previous.commits() == probeCost && next.rollbacks() == previous.rollbacks()
          && next.rows().equals(previous.rows())) {
        return next;
      }
      previous = next;
    }
    System.out.println("[bench] warning: the statistics of " + db.name() + " did not settle within 30 s");
    return previous;
  }

  /** Call right after reading {@code from}: counts the probes up to a later reading. */
  void resetProbes() {
    probes = 0;
  }

  Delta between(Reading from, Reading to) {
    // 'from' itself (flushed at its disconnect) and every probe after it but 'to': as many as the
    // probes counted since resetProbes() right after 'from'
    long own = (long) probes * probeCost;
    Map<String, Long> rows = new HashMap<>();
    to.rows().forEach((table, n) -> {
      long d = n - from.rows().getOrDefault(table, 0L);
      if (d != 0) {
        rows.put(table, d);
      }
    });
    return new Delta(to.commits() - from.commits() - own, to.rollbacks() - from.rollbacks(), rows);
  }

  Reading read() {
    probes++;
    try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      long commits;
      long rollbacks;
      try (ResultSet rs = s.executeQuery("select xact_commit, xact_rollback from pg_stat_database "
          + "where datname = current_database()")) {
        rs.next();
        commits = rs.getLong(1);
        rollbacks = rs.getLong(2);
      }
      Map<String, Long> rows = new HashMap<>();
      try (ResultSet rs = s.executeQuery("select schemaname || '.' || relname, n_tup_ins + n_tup_upd + n_tup_del "
          + "from pg_stat_user_tables")) {
        while (rs.next()) {
          rows.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getLong(2));
        }
      }
      c.commit();
      return new Reading(commits, rollbacks, rows);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the statistics of " + db.name() + ": " + e.getMessage(), e);
    }
  }
}
