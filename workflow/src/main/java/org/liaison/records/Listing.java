package org.liaison.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.common.InvalidInputException;
import org.liaison.tenancy.TenantContext;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a record list of the current coalition in one SQL query: the tenant filter, the filters
 * that are set, full-text search over the record's indexed {@code tsvector} (or its exact reference),
 * an order from a fixed set of columns with the id last (so pages never overlap or skip a row), and the
 * total in the same query ({@code count(*) over ()}). Nothing of the caller's text reaches the SQL but
 * through parameters; sort keys outside the list's own are refused.
 */
public final class Listing {

  /** The most rows one page may have, whoever asks. */
  public static final int MAX_LIMIT = 500;

  private final String from;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();
  private String order;

  private Listing(String from, String tenantColumn) {
    this.from = from;
    conditions.add(tenantColumn + " = :tenant");
    params.put("tenant", TenantContext.current().tenantId());
  }

  /** Rows of {@code from} (a table with alias, or a join) in the current coalition. */
  public static Listing of(String from, String tenantColumn) {
    return new Listing(from, tenantColumn);
  }

  /** Adds {@code condition} (with the parameter {@code :name}) when {@code value} is set. */
  public Listing filter(String condition, String name, Object value) {
    if (value != null && !(value instanceof String text && text.isBlank())) {
      conditions.add(condition);
      params.put(name, value instanceof Enum<?> e ? e.name() : value);
    }
    return this;
  }

  /** A condition without a parameter (e.g. {@code archived_at is null}). */
  public Listing where(String condition) {
    conditions.add(condition);
    return this;
  }

  /**
   * Rows whose {@code tsvector} matches the words of {@code text} (web search syntax: words, "a phrase",
   * -not), or whose {@code reference} is the text; nothing when the text is blank.
   */
  public Listing search(String tsvector, String reference, String text) {
    if (text != null && !text.isBlank()) {
      conditions.add("(" + tsvector + " @@ websearch_to_tsquery('english', :q)"
          + (reference == null ? "" : " or " + reference + " = upper(:q)") + ")");
      params.put("q", text.strip());
    }
    return this;
  }

  /**
   * Orders by the column {@code key} names in {@code sortable} (its default when null), then by
   * {@code id}. An unknown key is refused, naming the field {@code sort}.
   */
  public Listing orderBy(Map<String, String> sortable, String key, boolean descending, String defaultKey, String id) {
    String chosen = key == null || key.isBlank() ? defaultKey : key;
    String column = sortable.get(chosen);
    if (column == null) {
      throw InvalidInputException.of("sort", "Sort by one of " + String.join(", ", sortable.keySet().stream().sorted().toList()));
    }
    String direction = descending ? " desc" : " asc";
    order = column + direction + " nulls last, " + id + direction;
    return this;
  }

  /**
   * The page of {@code limit} rows from {@code offset}, with the total; {@code columns} is the select
   * list the mapper reads.
   */
  public <T> Found<T> fetch(JdbcClient jdbc, String columns, int offset, int limit, RowMapper<T> mapper) {
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("A page is 1 to " + MAX_LIMIT + " rows from offset 0 or more");
    }
    if (order == null) {
      throw new IllegalStateException("A listing needs an order, or pages are not stable");
    }
    String where = String.join(" and ", conditions);
    long[] total = {-1};
    List<T> rows = jdbc.sql("select " + columns + ", count(*) over () as listing_total from " + from + " where "
            + where + " order by " + order + " limit :limit offset :offset")
        .params(params).param("limit", limit).param("offset", offset)
        .query((ResultSet rs, int n) -> {
          total[0] = rs.getLong("listing_total");
          return mapper.mapRow(rs, n);
        }).list();
    if (total[0] < 0) { // an empty page: past the end, or an empty list
      total[0] = offset == 0 ? 0 : jdbc.sql("select count(*) from " + from + " where " + where).params(params)
          .query(Long.class).single();
    }
    return new Found<>(rows, total[0]);
  }

  /** Reads a nullable enum column. */
  public static <E extends Enum<E>> E enumOf(ResultSet rs, String column, Class<E> type) throws SQLException {
    String value = rs.getString(column);
    return value == null ? null : Enum.valueOf(type, value);
  }
}
