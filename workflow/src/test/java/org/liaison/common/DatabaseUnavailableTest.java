package org.liaison.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database does not answer" (told as temporarily unavailable) and which do not. */
class DatabaseUnavailableTest {

  @Test
  void no_connection_a_lost_connection_or_a_server_shutting_down_is_the_database_not_answering() {
    assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager")))
        .isTrue();
    assertThat(DatabaseUnavailable.causedBy(new RuntimeException("engine",
        new IllegalStateException("mybatis", new SQLException("An I/O error occurred", "08006"))))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command",
        "57P01"))).isTrue();

    SQLException closedByPool = new SQLException("Connection is closed");
    closedByPool.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0",
            "ProxyConnection.java", 562)});
    assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new RuntimeException("Unable to rollback", closedByPool))))
        .as("a rollback on a connection the pool found broken").isTrue();

    TransactionSystemException rollbackFailed = new TransactionSystemException("rollback failed");
    rollbackFailed.initApplicationException(new CannotCreateTransactionException("no connection"));
    assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).as("the failure a failed rollback hid").isTrue();
    RuntimeException suppressing = new RuntimeException("outer");
    suppressing.addSuppressed(new SQLException("refused", "08001"));
    assertThat(DatabaseUnavailable.causedBy(suppressing)).isTrue();
  }

  @Test
  void bad_data_a_conflict_or_a_bug_is_not() {
    assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
        new SQLException("duplicate key value", "23505")))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed"))).as("not the pool's").isFalse();
    assertThat(DatabaseUnavailable.causedBy(new NotFoundException("Case PFC-2026-0001 was not found"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
  }
}
