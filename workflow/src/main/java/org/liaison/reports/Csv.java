package org.liaison.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link ReportTable} as CSV that spreadsheets open as it is: RFC 4180 (comma, CRLF, fields
 * with a comma, quote or line break in double quotes, quotes doubled), UTF-8 with a byte-order mark
 * (Excel reads UTF-8 only with it), written row by row to the stream. Text that a spreadsheet would
 * take for a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading
 * {@code '}; numbers are written as numbers (a negative number is not a formula).
 */
public final class Csv {

  public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
  private static final char BOM = '\uFEFF';

  public static void write(ReportTable table, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write(BOM);
    line(writer, List.copyOf(table.columns()));
    for (List<Object> row : table.rows()) {
      line(writer, row);
    }
    writer.flush();
  }

  /** One field as it appears in the file. */
  public static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /** The file name of a table's export: {@code liaison-<table>.csv}. */
  public static String filename(ReportTable table) {
    return "liaison-" + table.id() + ".csv";
  }

  private static void line(Writer writer, List<?> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(field(values.get(i)));
    }
    writer.write("\r\n");
  }

  private Csv() {}
}
