package org.liaison.reports;

import java.util.List;

/**
 * One table of a report as its CSV export and its on-screen table show it: an id (the CSV's name), the
 * column names and the rows. Values are numbers, text, dates or null (an empty cell).
 */
public record ReportTable(String id, List<String> columns, List<List<Object>> rows) {

  public ReportTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
