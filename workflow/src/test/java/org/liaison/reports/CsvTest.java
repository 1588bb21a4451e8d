package org.liaison.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void a_table_is_rfc_4180_in_utf_8_with_a_byte_order_mark() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Csv.write(new ReportTable("t", List.of("name", "count", "on"), List.of(
        Arrays.asList("Nairobi, Kenya", 3L, LocalDate.parse("2026-03-01")),
        Arrays.asList("Say \"hi\"", null, null),
        Arrays.asList("two\nlines", 1.5, "Zürich"))), out);
    byte[] bytes = out.toByteArray();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
        "name,count,on\r\n\"Nairobi, Kenya\",3,2026-03-01\r\n\"Say \"\"hi\"\"\",,\r\n\"two\nlines\",1.5,Zürich\r\n");
  }

  @Test
  void text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe() {
    assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(Csv.field("+1")).isEqualTo("'+1");
    assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
    assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.field("\tx")).isEqualTo("'\tx");
    assertThat(Csv.field("a=b")).isEqualTo("a=b");
    assertThat(Csv.field(-3L)).as("a number is not a formula").isEqualTo("-3");
    assertThat(Csv.field("")).isEqualTo("");
  }
}
