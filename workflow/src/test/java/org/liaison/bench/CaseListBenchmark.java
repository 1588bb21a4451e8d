package org.liaison.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.cases.CaseList;
import org.liaison.cases.CaseQuery;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.records.Found;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test: the cases list page (one page of 50, filters, full-text search, sort) at 200
 * coalitions × 500 cases = 100,000 cases, through {@link CaseList} as the application role with
 * row-level security on. Prints p50/p95 per kind of page and the plan of a search page. Not part of
 * {@code ./mvnw verify} (the name matches neither *Test nor *IT); run it with
 * {@code ./mvnw -pl workflow -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CaseListBenchmark}.
 */
class CaseListBenchmark extends DatabaseIT {

  static final int COALITIONS = Integer.getInteger("bench.coalitions", 200);
  static final int CASES_EACH = Integer.getInteger("bench.cases", 500);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 200);

  @Autowired CaseList list;

  @Test
  void the_cases_list_page_at_200_coalitions_of_500_cases() throws Exception {
    long seeded = seed();
    Random random = new Random(42);
    Map<String, Supplier<CaseQuery>> kinds = new LinkedHashMap<>();
    kinds.put("newest first, no filter", () -> CaseQuery.ALL);
    kinds.put("search a common word + status", () -> new CaseQuery("journalist", CaseStatus.IN_TRIAGE, null, null, null,
        null, null, null, true));
    kinds.put("search a rare word", () -> CaseQuery.ALL.withText("w" + random.nextInt(2000)));
    kinds.put("country + severity + theme, by title", () -> new CaseQuery(null, null, "KE", Theme.LABOR_RIGHTS,
        Severity.HIGH, null, null, "title", false));
    kinds.put("search + all filters + sort by severity", () -> new CaseQuery("detained protest", CaseStatus.IN_TRIAGE,
        "UG", Theme.FREEDOM_OF_EXPRESSION, null, "owner1", null, "severity", true));

    for (int warm = 0; warm < 50; warm++) {
      for (Supplier<CaseQuery> query : kinds.values()) {
        page(random, query.get());
      }
    }
    List<Long> all = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, Supplier<CaseQuery>> kind : kinds.entrySet()) {
      List<Long> micros = new ArrayList<>();
      for (int i = 0; i < ROUNDS; i++) {
        long t0 = System.nanoTime();
        page(random, kind.getValue().get());
        micros.add((System.nanoTime() - t0) / 1000);
      }
      all.addAll(micros);
      report.append(String.format("  %-42s p50 %6.1f ms  p95 %6.1f ms%n", kind.getKey(), pct(micros, 50), pct(micros, 95)));
    }
    System.out.printf("%n[benchmark] cases list page (50 rows), %d coalitions x %d cases = %d cases, %d pages per kind%n%s"
        + "  %-42s p50 %6.1f ms  p95 %6.1f ms%n", COALITIONS, CASES_EACH, seeded, ROUNDS, report, "all pages", pct(all, 50),
        pct(all, 95));
    System.out.println("[benchmark] plan of 'search + all filters' in one coalition (as liaison_app, RLS on):");
    System.out.println(plan());
    // the target: a page of the list stays interactive (README: p95 ≤ 50 ms per page) at this size
    org.assertj.core.api.Assertions.assertThat(pct(all, 95)).as("p95 of a cases list page, ms").isLessThanOrEqualTo(50.0);
  }

  private Found<?> page(Random random, CaseQuery query) {
    String tenant = "bench-" + random.nextInt(COALITIONS);
    return TenantContext.callAs(new Actor("owner1", tenant, Set.of(Role.MEMBER)),
        () -> list.find(query, 50 * random.nextInt(3), 50));
  }

  private static double pct(List<Long> micros, int p) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
  }

  /** 200 coalitions with 500 cases each, written by the owner in a few statements. */
  private static long seed() throws Exception {
    try (Connection c = owner(); Statement s = c.createStatement()) {
      s.execute("alter table app.case_file no force row level security");
      s.execute("""
          insert into app.tenant (id, name, reference_prefix)
          select 'bench-' || n, 'Bench coalition ' || n, 'BN' || n from generate_series(0, %d) n
          on conflict do nothing""".formatted(COALITIONS - 1));
      s.execute("""
          with words(w) as (select array['journalist','detained','protest','union','harbour','court','election','radio',
                 'blogger','arrest','strike','land','eviction','police','trial','women','workers','press','license','raid'])
          insert into app.case_file (id, tenant_id, reference, title, summary, country, themes, severity, status, owner,
                                     created_at, updated_at, version)
          select gen_random_uuid(), 'bench-' || t, 'BN' || t || '-2026-' || lpad(c::text, 4, '0'),
                 initcap((select w from words)[1 + (t * 7 + c) %% 20]) || ' case ' || c,
                 (select string_agg((select w from words)[1 + ((t + c) * k * 13) %% 20], ' ') from generate_series(1, 25) k)
                   || ' w' || ((t * 500 + c) %% 2000),
                 (array['KE','UG','TZ','ZW','PK'])[1 + c %% 5],
                 array[(array['FREEDOM_OF_EXPRESSION','LABOR_RIGHTS','RULE_OF_LAW','OTHER'])[1 + c %% 4]],
                 (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + (c / 3) %% 4],
                 (array['IN_TRIAGE','ALIGNING','OUTREACH_SENT','MEETING','CLOSED'])[1 + (c / 7) %% 5],
                 'owner' || c %% 10, now() - (c || ' hours')::interval, now() - (c || ' minutes')::interval, 0
            from generate_series(0, %d) t, generate_series(1, %d) c""".formatted(COALITIONS - 1, CASES_EACH));
      s.execute("alter table app.case_file force row level security");
      s.execute("analyze app.case_file");
      try (ResultSet rs = s.executeQuery("select count(*) from app.case_file where tenant_id like 'bench-%'")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The plan of the query {@link CaseList} sends for the last kind of page, as the application role. */
  private static String plan() throws Exception {
    try (Connection c = owner(); Statement s = c.createStatement()) {
      s.execute("set role liaison_app");
      s.execute("select set_config('app.tenant_id', 'bench-7', false)");
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = s.executeQuery("""
          explain (analyze, buffers, costs off)
          select c.id, c.reference, c.title, c.summary, c.country, c.themes, c.severity, c.status, c.owner, c.created_at,
                 c.updated_at, c.urgency, c.outcome, c.version, count(*) over () as listing_total
            from app.case_file c
           where c.tenant_id = 'bench-7'
             and (c.search @@ websearch_to_tsquery('english', 'detained protest') or c.reference = upper('detained protest'))
             and c.status = 'IN_TRIAGE' and c.country = 'UG' and 'FREEDOM_OF_EXPRESSION' = any(c.themes)
             and c.owner = 'owner1'
           order by array_position(array['LOW','MEDIUM','HIGH','CRITICAL']::varchar[], c.severity) desc nulls last,
                    c.id desc
           limit 50 offset 0""")) {
        while (rs.next()) {
          plan.append("  ").append(rs.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  private static Connection owner() throws Exception {
    return DriverManager.getConnection(database().url(), database().username(), database().password());
  }
}
