package org.liaison.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds engine rows of process instances, tasks and jobs (runtime and history) that carry no
 * tenant id: every such row would be visible to every coalition through the engine.
 */
public final class EngineTenantSweep {

  /** The engine tables that hold instance-, task- or job-level data. */
  public static final List<String> TABLES = List.of(
      "act_ru_execution", "act_ru_task", "act_ru_job", "act_ru_variable", "act_ru_identitylink",
      "act_ru_event_subscr", "act_ru_incident", "act_ru_ext_task",
      "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail",
      "act_hi_identitylink", "act_hi_job_log", "act_hi_incident");

  /**
   * The engine's history cleanup job: one per installation, deleting every coalition's expired history in
   * the nightly window; it belongs to no coalition and touches no coalition's data through the API.
   */
  static final String HISTORY_CLEANUP = "history-cleanup";

  /** "table: n rows" for every table with rows that have a NULL tenant id; empty when all is well. */
  public static List<String> rowsWithoutTenant(Connection connection) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Statement st = connection.createStatement()) {
      for (String table : TABLES) {
        String sql = "select count(*) from " + table + " where tenant_id_ is null"
            + (table.contains("identitylink") ? " and (task_id_ is not null or proc_def_id_ is null)" : "")
            + (table.equals("act_ru_job") ? " and handler_type_ <> '" + HISTORY_CLEANUP + "'" : "")
            + (table.equals("act_hi_job_log") ? " and job_def_type_ is distinct from '" + HISTORY_CLEANUP + "'" : "");
        try (ResultSet rs = st.executeQuery(sql)) {
          rs.next();
          long n = rs.getLong(1);
          if (n > 0) {
            found.add(table.toUpperCase(Locale.ROOT) + ": " + n + " rows");
          }
        }
      }
    }
    return found;
  }

  /** How many instance rows were checked, so a sweep over an empty engine is visible as such. */
  public static long processInstances(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("select count(*) from act_hi_procinst")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private EngineTenantSweep() {}
}
