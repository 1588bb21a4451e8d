package org.liaison.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure is the database not answering (stopped, restarting, unreachable): then the person
 * is told Liaison is temporarily unavailable and to try again shortly — nothing they did was saved, the
 * transaction never began or was rolled back — instead of an unexpected error. The pool gives up on a
 * connection after {@code spring.datasource.hikari.connection-timeout} and reconnects by itself once the
 * database is back, without a restart.
 */
public final class DatabaseUnavailable {

  /** How long to tell people to wait before trying again, in seconds. */
  public static final int RETRY_AFTER_SECONDS = 30;

  /** What the API says meanwhile (problem type {@code temporarily-unavailable}, status 503). */
  public static final String API_DETAIL = "Liaison's database does not answer at the moment; nothing was saved. "
      + "Try again in " + RETRY_AFTER_SECONDS + " seconds";

  private DatabaseUnavailable() {}

  /**
   * Whether {@code failure} or one of its causes (or an exception it suppressed, as a failed rollback
   * hides the failure that caused it) says the database could not be reached.
   */
  public static boolean causedBy(Throwable failure) {
    return causedBy(failure, 0);
  }

  private static boolean causedBy(Throwable failure, int depth) {
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException) {
        return true;
      }
      // SQLSTATE class 08: connection exception; 57P01-57P03: the server shut down or is starting up
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
      // a connection the pool had already found broken ("Connection is closed", without a SQLSTATE), as a
      // rollback after the server went away meets it
      if (t instanceof SQLException && t.getStackTrace().length > 0
          && t.getStackTrace()[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection")) {
        return true;
      }
      if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
          && causedBy(rollback.getApplicationException(), depth + 1)) {
        return true;
      }
      for (Throwable hidden : t.getSuppressed()) {
        if (causedBy(hidden, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }
}
