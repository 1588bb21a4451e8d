package org.liaison.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InvalidInputException;
import org.liaison.reports.Csv;
import org.liaison.reports.CycleTimes;
import org.liaison.reports.EmbassyResponsiveness;
import org.liaison.reports.Overview;
import org.liaison.reports.ReportFilter;
import org.liaison.reports.ReportService;
import org.liaison.reports.ReportTable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinators' reports of the caller's coalition, as JSON or, with {@code format=csv}, as one
 * table in CSV (RFC 4180, UTF-8 with BOM; {@code table} picks one of the overview's tables). Filters:
 * {@code from}, {@code to} (YYYY-MM-DD), {@code embassy} (id), {@code country} (ISO code), {@code theme},
 * {@code process}; a bad one is a 400 naming it. Members get 403.
 */
@RestController
@RequestMapping("/api/reports")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportsController {

  private final ReportService reports;

  /** The query parameters every report takes. */
  record ReportQuery(String from, String to, String embassy, String country, String theme, String process,
      String format, String table) {

    ReportFilter filter() {
      return ReportFilter.parse(from, to, embassy, country, theme, process);
    }

    boolean csv() {
      if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
        return false;
      }
      if (format.equalsIgnoreCase("csv")) {
        return true;
      }
      throw InvalidInputException.of("format", "Choose json or csv.");
    }
  }

  @GetMapping("/overview")
  Overview overview(@ModelAttribute ReportQuery query, HttpServletResponse response) throws IOException {
    boolean csv = query.csv();
    Overview overview = reports.overview(query.filter());
    return csv ? csv(pick(overview.tables(), query.table()), response) : overview;
  }

  @GetMapping("/cycle-times")
  CycleTimes cycleTimes(@ModelAttribute ReportQuery query, HttpServletResponse response) throws IOException {
    boolean csv = query.csv();
    CycleTimes times = reports.cycleTimes(query.filter());
    return csv ? csv(pick(List.of(times.table()), query.table()), response) : times;
  }

  @GetMapping("/embassies")
  EmbassyResponsiveness embassies(@ModelAttribute ReportQuery query, HttpServletResponse response) throws IOException {
    boolean csv = query.csv();
    EmbassyResponsiveness embassies = reports.embassies(query.filter());
    return csv ? csv(pick(List.of(embassies.table(), embassies.portfolioTable()), query.table()), response) : embassies;
  }

  private static ReportTable pick(List<ReportTable> tables, String id) {
    if (id == null || id.isBlank()) {
      return tables.get(0);
    }
    return tables.stream().filter(t -> t.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst()
        .orElseThrow(() -> InvalidInputException.of("table",
            "Choose one of " + tables.stream().map(ReportTable::id).toList() + "."));
  }

  /** Streams the table to the response; the controller then returns no body of its own. */
  private static <T> T csv(ReportTable table, HttpServletResponse response) throws IOException {
    response.setContentType(Csv.MEDIA_TYPE);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(Csv.filename(table)).build().toString());
    Csv.write(table, response.getOutputStream());
    response.flushBuffer();
    return null;
  }
}
