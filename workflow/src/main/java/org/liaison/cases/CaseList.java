package org.liaison.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
import org.liaison.records.Found;
import org.liaison.records.Listing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases list of the current coalition: one page at a time in one query, filtered, sorted and
 * searched in full text (reference, title, summary) on the server, so it never loads every case.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseList {

  /** The columns the list sorts by, by the names the screens and the API use. */
  static final Map<String, String> SORTABLE = Map.of(
      "reference", "c.reference",
      "title", "lower(c.title)",
      "country", "c.country",
      "severity", "array_position(array['LOW','MEDIUM','HIGH','CRITICAL']::varchar[], c.severity)",
      "status", "c.status",
      "owner", "c.owner",
      "urgency", "c.urgency",
      "created", "c.created_at",
      "updated", "c.updated_at");

  private final JdbcClient jdbc;
  private final InputValidator validator;

  /**
   * The page of {@code limit} cases from {@code offset} (in the query's order) and how many there are;
   * bad filters are named per field ({@code country}, {@code sort}, …) and nothing is read.
   */
  @Transactional(readOnly = true)
  public Found<CaseDetails> find(CaseQuery query, int offset, int limit) {
    validator.check(query);
    return Listing.of("app.case_file c", "c.tenant_id")
        .search("c.search", "c.reference", query.text())
        .filter("c.status = :status", "status", query.status())
        .filter("c.country = :country", "country", query.country())
        .filter(":theme = any(c.themes)", "theme", query.theme())
        .filter("c.severity = :severity", "severity", query.severity())
        .filter("c.owner = :owner", "owner", query.owner())
        .filter("c.urgency = :urgency", "urgency", query.urgency())
        .orderBy(SORTABLE, query.sort(), query.descending(), "created", "c.id")
        .fetch(jdbc, "c.id, c.reference, c.title, c.summary, c.country, c.themes, c.severity, c.status, c.owner,"
            + " c.created_at, c.updated_at, c.urgency, c.outcome, c.version", offset, limit, CaseList::map);
  }

  private static CaseDetails map(ResultSet rs, int n) throws SQLException {
    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    Array array = rs.getArray("themes");
    Arrays.stream((Object[]) array.getArray()).map(t -> Theme.valueOf((String) t)).forEach(themes::add);
    return new CaseDetails(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"),
        rs.getString("summary"), rs.getString("country"), themes, Severity.valueOf(rs.getString("severity")),
        CaseStatus.valueOf(rs.getString("status")), rs.getString("owner"), rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(), Listing.enumOf(rs, "urgency", Urgency.class),
        rs.getString("outcome"), rs.getInt("version"));
  }
}
