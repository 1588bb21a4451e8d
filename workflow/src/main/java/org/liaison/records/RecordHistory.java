package org.liaison.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.IntSupplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.StaleRecordException;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of every record people correct or attach documents to, in one table for every kind:
 * a line per changed field, written in the transaction of the change by the current user. Records are
 * named by kind ({@code case}, {@code officer}) and key (a reference or an id); reads see the current
 * coalition only, so another coalition's record has no history.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordHistory {

  private final JdbcClient jdbc;
  private final Clock clock;

  /** Writes one line per changed field, as the current user, in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String kind, String key, Changes changes) {
    Actor actor = TenantContext.current();
    Timestamp now = Timestamp.from(clock.instant());
    for (FieldChange change : changes.list()) {
      jdbc.sql("""
              insert into app.record_history (tenant_id, record_kind, record_key, field, old_value, new_value,
                                              changed_by, changed_at)
              values (:t, :kind, :key, :field, :old, :new, :by, :at)""")
          .param("t", actor.tenantId()).param("kind", kind).param("key", key).param("field", change.field())
          .param("old", clip(change.old())).param("new", clip(change.now())).param("by", actor.username())
          .param("at", now).update();
    }
  }

  /**
   * Saves an edit made on the {@code version} the user loaded: {@code update} changes the row only if its
   * version is still that one and answers how many rows it changed; none means someone else saved the
   * record meanwhile ({@link StaleRecordException}, and the caller's transaction rolls back). Then each
   * changed field goes into the history.
   *
   * @param record the record as named to the user ("The embassy in Nairobi")
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void saveEdit(String kind, String key, String record, Changes changes, IntSupplier update) {
    if (update.getAsInt() != 1) {
      throw new StaleRecordException(record);
    }
    record(kind, key, changes);
  }

  /** The record's history, oldest first, in the current coalition. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> of(String kind, String key) {
    return jdbc.sql("""
            select changed_at, changed_by, field, old_value, new_value from app.record_history
             where tenant_id = :t and record_kind = :kind and record_key = :key order by changed_at, id""")
        .param("t", TenantContext.current().tenantId()).param("kind", kind).param("key", key)
        .query((rs, n) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5)))
        .list();
  }

  private static String clip(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }
}
