package org.liaison.reports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.cases.CaseStatus;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.processes.DefenderEmergencyProcess;
import org.liaison.reports.Overview.ConveningAttendance;
import org.liaison.reports.Overview.DefenderSla;
import org.liaison.reports.Overview.HrrProgress;
import org.liaison.reports.Overview.MonthCount;
import org.liaison.reports.Overview.OverdueOfficer;
import org.liaison.reports.Overview.StatusCount;
import org.liaison.reports.Overview.StepLoad;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.OpenTask;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' figures for the current coalition. Every figure is an aggregate, or a list with a
 * limit, over the features' own tables, read in one read-only transaction bound to the coalition, so
 * row-level security shows this coalition's rows only (the coalition filter in each query is there
 * for the planner, not for isolation); open steps come from the engine through {@link WorkflowEngine},
 * with the engine's tenant check. Coordinators and admins only.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportService {

  /** The longest list a report returns (officers past cadence, HRR cycles, convenings, embassies). */
  public static final int MAX_ROWS = 200;
  /** The most open tasks read to count open steps. */
  public static final int MAX_TASKS = 20_000;

  /** The cycle-times query (named parameters as {@link #params}); package-visible for the benchmark's plan. */
  static final String CYCLE_TIMES_SQL = """
        with c as (
          select c.id, c.created_at as raised, c.closed_at as closed,
                 (select min(a.occurred_at) from app.case_activity a
                   where a.tenant_id = c.tenant_id and a.case_id = c.id and a.kind = 'TRIAGED') as triaged,
                 (select min(a.occurred_at) from app.case_activity a
                   where a.tenant_id = c.tenant_id and a.case_id = c.id and a.kind = 'OUTREACH_SENT') as sent,
                 (select min(a.occurred_at) from app.case_activity a
                   where a.tenant_id = c.tenant_id and a.case_id = c.id and a.kind = 'OFFICER_REPLIED') as replied
            from app.case_file c where""" + ReportService.CASES + """
        ), d as (
          select 'raised-to-triaged' as measure, extract(epoch from triaged - raised) / 3600 as h from c where triaged is not null
          union all
          select 'raised-to-outreach-sent', extract(epoch from sent - raised) / 3600 from c where sent is not null
          union all
          select 'sent-to-first-reply', extract(epoch from replied - sent) / 3600 from c where sent is not null and replied is not null
          union all
          select 'raised-to-closed', extract(epoch from closed - raised) / 3600 from c where closed is not null
        )
        select measure, count(*), percentile_cont(0.5) within group (order by h),
               percentile_cont(0.9) within group (order by h)
          from d group by measure""";

  /** The embassy-responsiveness query (named parameters as {@link #params}, plus {@code limit}). */
  static final String EMBASSIES_SQL = """
        with sent as (
          select distinct o.embassy_id, c.id as case_id,
                 (select min(a.occurred_at) from app.case_activity a
                   where a.tenant_id = c.tenant_id and a.case_id = c.id and a.kind = 'OUTREACH_SENT') as sent_at
            from app.case_file c
            join app.case_officer co on co.tenant_id = c.tenant_id and co.case_id = c.id
            join app.officer o on o.tenant_id = co.tenant_id and o.id = co.officer_id
           where""" + ReportService.CASES + """
             and o.embassy_id is not null
             and exists (select 1 from app.case_activity a
                          where a.tenant_id = c.tenant_id and a.case_id = c.id and a.kind = 'OUTREACH_SENT')
        ), replied as (
          select s.embassy_id, s.case_id, s.sent_at,
                 (select min(g.recorded_at) from app.engagement g
                    join app.officer o on o.tenant_id = g.tenant_id and o.id = coalesce(g.handed_over_from, g.officer_id)
                   where g.tenant_id = :t and g.case_id = s.case_id and g.kind = 'REPLY'
                     and o.embassy_id = s.embassy_id) as first_reply
            from sent s
        ), held as (
          select o.embassy_id, count(*) as meetings
            from app.meeting m join app.officer o on o.tenant_id = m.tenant_id and o.id = m.officer_id
           where m.tenant_id = :t and m.status in ('FOLLOWING_UP', 'FOLLOWED_UP')
             and (cast(:from as timestamptz) is null or m.created_at >= cast(:from as timestamptz))
             and (cast(:until as timestamptz) is null or m.created_at < cast(:until as timestamptz))
           group by o.embassy_id
        ), steps as (
          select o.embassy_id, count(*) as agreed, count(n.done_at) as done
            from app.next_step n
            join app.engagement g on g.tenant_id = n.tenant_id and g.id = n.engagement_id
            join app.officer o on o.tenant_id = g.tenant_id and o.id = coalesce(g.handed_over_from, g.officer_id)
           where n.tenant_id = :t
             and (cast(:from as timestamptz) is null or g.recorded_at >= cast(:from as timestamptz))
             and (cast(:until as timestamptz) is null or g.recorded_at < cast(:until as timestamptz))
           group by o.embassy_id
        )
        select e.id, e.country, e.city,
               count(r.case_id) as sent, count(r.first_reply) as replies,
               percentile_cont(0.5) within group (order by extract(epoch from r.first_reply - r.sent_at) / 86400)
                 filter (where r.first_reply is not null) as median_days,
               coalesce(max(h.meetings), 0) as meetings,
               coalesce(max(st.agreed), 0) as steps_agreed, coalesce(max(st.done), 0) as steps_done
          from app.embassy e
          left join replied r on r.embassy_id = e.id
          left join held h on h.embassy_id = e.id
          left join steps st on st.embassy_id = e.id
         where e.tenant_id = :t
           and (cast(:embassy as uuid) is null or e.id = cast(:embassy as uuid))
           and (cast(:country as varchar) is null or e.country = cast(:country as varchar))
         group by e.id, e.country, e.city
         order by e.country, e.city
         limit :limit""";

  /**
   * The same as {@link #EMBASSIES_SQL} per officer portfolio (labor, human rights, …): outreach to an
   * officer of the portfolio, replies from one, meetings and next steps with them (named parameters as
   * {@link #params}, plus {@code limit}).
   */
  static final String PORTFOLIOS_SQL = """
        with sent as (
          select distinct o.portfolio, c.id as case_id,
                 (select min(a.occurred_at) from app.case_activity a
                   where a.tenant_id = c.tenant_id and a.case_id = c.id and a.kind = 'OUTREACH_SENT') as sent_at
            from app.case_file c
            join app.case_officer co on co.tenant_id = c.tenant_id and co.case_id = c.id
            join app.officer o on o.tenant_id = co.tenant_id and o.id = co.officer_id
           where""" + ReportService.CASES + """
             and (cast(:embassy as uuid) is null or o.embassy_id = cast(:embassy as uuid))
             and exists (select 1 from app.case_activity a
                          where a.tenant_id = c.tenant_id and a.case_id = c.id and a.kind = 'OUTREACH_SENT')
        ), replied as (
          select s.portfolio, s.case_id, s.sent_at,
                 (select min(g.recorded_at) from app.engagement g
                    join app.officer o on o.tenant_id = g.tenant_id and o.id = coalesce(g.handed_over_from, g.officer_id)
                   where g.tenant_id = :t and g.case_id = s.case_id and g.kind = 'REPLY'
                     and o.portfolio = s.portfolio) as first_reply
            from sent s
        ), held as (
          select o.portfolio, count(*) as meetings
            from app.meeting m join app.officer o on o.tenant_id = m.tenant_id and o.id = m.officer_id
           where m.tenant_id = :t and m.status in ('FOLLOWING_UP', 'FOLLOWED_UP')
             and (cast(:embassy as uuid) is null or o.embassy_id = cast(:embassy as uuid))
             and (cast(:from as timestamptz) is null or m.created_at >= cast(:from as timestamptz))
             and (cast(:until as timestamptz) is null or m.created_at < cast(:until as timestamptz))
           group by o.portfolio
        ), steps as (
          select o.portfolio, count(*) as agreed, count(n.done_at) as done
            from app.next_step n
            join app.engagement g on g.tenant_id = n.tenant_id and g.id = n.engagement_id
            join app.officer o on o.tenant_id = g.tenant_id and o.id = coalesce(g.handed_over_from, g.officer_id)
           where n.tenant_id = :t
             and (cast(:embassy as uuid) is null or o.embassy_id = cast(:embassy as uuid))
             and (cast(:from as timestamptz) is null or g.recorded_at >= cast(:from as timestamptz))
             and (cast(:until as timestamptz) is null or g.recorded_at < cast(:until as timestamptz))
           group by o.portfolio
        ), portfolios as (
          select distinct o.portfolio from app.officer o
            join app.embassy e on e.tenant_id = o.tenant_id and e.id = o.embassy_id
           where o.tenant_id = :t
             and (cast(:embassy as uuid) is null or o.embassy_id = cast(:embassy as uuid))
             and (cast(:country as varchar) is null or e.country = cast(:country as varchar))
        )
        select p.portfolio,
               count(r.case_id) as sent, count(r.first_reply) as replies,
               percentile_cont(0.5) within group (order by extract(epoch from r.first_reply - r.sent_at) / 86400)
                 filter (where r.first_reply is not null) as median_days,
               coalesce(max(h.meetings), 0) as meetings,
               coalesce(max(st.agreed), 0) as steps_agreed, coalesce(max(st.done), 0) as steps_done
          from portfolios p
          left join replied r on r.portfolio = p.portfolio
          left join held h on h.portfolio = p.portfolio
          left join steps st on st.portfolio = p.portfolio
         group by p.portfolio
         order by p.portfolio
         limit :limit""";

  private final JdbcClient jdbc;
  private final WorkflowEngine workflow;
  private final SettingsService settings;
  private final Clock clock;
  private final org.liaison.workflow.ProcessMaps maps;
  private final org.liaison.mail.Outbox outbox;
  private final org.liaison.records.RecordLifecycles lifecycles;

  /** A record waiting at an activity: its reference, the page that shows it, since when. */
  public record WaitingRecord(String reference, String link, java.time.Instant since) {}

  /** Whether the actor may see reports: coordinators and admins of the coalition. */
  public static boolean mayRead(Actor actor) {
    return actor.has(Role.COORDINATOR) || actor.has(Role.ADMIN);
  }

  @Transactional(readOnly = true)
  public Overview overview(ReportFilter filter) {
    Actor actor = allowed(filter);
    Map<String, Object> p = params(actor, filter);
    List<StatusCount> statuses = jdbc.sql("select c.status, count(*) from app.case_file c where " + CASES
            + " and c.status not in ('CLOSED', 'WITHDRAWN') group by c.status")
        .params(p).query((rs, i) -> new StatusCount(rs.getString(1), rs.getLong(2))).list().stream()
        .sorted(Comparator.comparing(s -> CaseStatus.valueOf(s.status()).ordinal())).toList();
    Steps steps = openSteps(filter);
    PastCadence officers = pastCadence(p);
    return new Overview(statuses, months(actor, filter), steps.loads(), steps.withDueDates(), steps.counted(),
        officers.shown(), officers.total(), hrr(p), convenings(p), defenderSla(p));
  }

  private record Steps(List<StepLoad> loads, boolean withDueDates, int counted) {}

  private record PastCadence(List<OverdueOfficer> shown, long total) {}

  @Transactional(readOnly = true)
  public CycleTimes cycleTimes(ReportFilter filter) {
    Actor actor = allowed(filter);
    Map<String, Object> p = params(actor, filter);
    Map<String, CycleTimes.Measure> found = new HashMap<>();
    jdbc.sql(CYCLE_TIMES_SQL)
        .params(p)
        .query((rs, i) -> new CycleTimes.Measure(rs.getString(1), rs.getLong(2), round((Double) rs.getObject(3)),
            round((Double) rs.getObject(4))))
        .list().forEach(m -> found.put(m.measure(), m));
    Map<String, Object> q = new HashMap<>(p);
    q.put("process", DefenderEmergencyProcess.KEY);
    jdbc.sql("""
        select count(*), percentile_cont(0.5) within group (order by h), percentile_cont(0.9) within group (order by h)
          from (select extract(epoch from (select min(j.completed_at) from app.step_journal j
                                            where j.tenant_id = x.tenant_id and j.business_key = x.reference
                                              and j.process_key = :process and j.task_key = 'Task_AssessRisk')
                                          - x.reported_at) / 3600 as h
                  from app.defender x
                 where x.tenant_id = :t
                   and (cast(:country as varchar) is null or x.country = cast(:country as varchar))
                   and (cast(:from as timestamptz) is null or x.reported_at >= cast(:from as timestamptz))
                   and (cast(:until as timestamptz) is null or x.reported_at < cast(:until as timestamptz))) d
         where h is not null""")
        .params(q)
        .query((rs, i) -> new CycleTimes.Measure(CycleTimes.DEFENDER_REPORTED_TO_ASSESSED, rs.getLong(1),
            round((Double) rs.getObject(2)), round((Double) rs.getObject(3))))
        .list().forEach(m -> found.put(m.measure(), m));
    jdbc.sql("""
        select count(*), percentile_cont(0.5) within group (order by h), percentile_cont(0.9) within group (order by h)
          from (select extract(epoch from cast(m.confirmed_for as timestamp) at time zone 'UTC' - m.created_at) / 3600 as h
                  from app.meeting m
                  left join app.officer o on o.tenant_id = m.tenant_id and o.id = m.officer_id
                  left join app.embassy e on e.tenant_id = o.tenant_id and e.id = o.embassy_id
                 where m.tenant_id = :t and m.status in ('FOLLOWING_UP', 'FOLLOWED_UP') and m.confirmed_for is not null
                   and (cast(:embassy as uuid) is null or o.embassy_id = cast(:embassy as uuid))
                   and (cast(:country as varchar) is null or e.country = cast(:country as varchar))
                   and (cast(:theme as varchar) is null or exists (select 1 from app.case_file c
                         where c.tenant_id = m.tenant_id and c.id = m.case_id and cast(:theme as varchar) = any(c.themes)))
                   and (cast(:from as timestamptz) is null or m.created_at >= cast(:from as timestamptz))
                   and (cast(:until as timestamptz) is null or m.created_at < cast(:until as timestamptz))) d""")
        .params(p)
        .query((rs, i) -> new CycleTimes.Measure(CycleTimes.MEETING_REQUESTED_TO_HELD, rs.getLong(1),
            round((Double) rs.getObject(2)), round((Double) rs.getObject(3))))
        .list().forEach(m -> found.put(m.measure(), m));
    return new CycleTimes(List.of(CycleTimes.RAISED_TO_TRIAGED, CycleTimes.RAISED_TO_OUTREACH_SENT,
            CycleTimes.SENT_TO_FIRST_REPLY, CycleTimes.RAISED_TO_CLOSED, CycleTimes.MEETING_REQUESTED_TO_HELD,
            CycleTimes.DEFENDER_REPORTED_TO_ASSESSED).stream()
        .map(name -> found.getOrDefault(name, new CycleTimes.Measure(name, 0, null, null))).toList());
  }

  @Transactional(readOnly = true)
  public EmbassyResponsiveness embassies(ReportFilter filter) {
    Actor actor = allowed(filter);
    Map<String, Object> p = params(actor, filter);
    p.put("limit", MAX_ROWS);
    List<EmbassyResponsiveness.Row> embassies = jdbc.sql(EMBASSIES_SQL)
        .params(p)
        .query((rs, i) -> {
          long sent = rs.getLong(4);
          long replies = rs.getLong(5);
          return new EmbassyResponsiveness.Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), sent,
              replies, sent == 0 ? null : round((double) replies / sent), round((Double) rs.getObject(6)), rs.getLong(7), rs.getLong(8), rs.getLong(9));
        })
        .list();
    List<EmbassyResponsiveness.PortfolioRow> portfolios = jdbc.sql(PORTFOLIOS_SQL)
        .params(p)
        .query((rs, i) -> {
          long sent = rs.getLong(2);
          long replies = rs.getLong(3);
          return new EmbassyResponsiveness.PortfolioRow(rs.getString(1), sent, replies,
              sent == 0 ? null : round((double) replies / sent), round((Double) rs.getObject(4)), rs.getLong(5),
              rs.getLong(6), rs.getLong(7));
        })
        .list();
    return new EmbassyResponsiveness(embassies, portfolios);
  }

  /**
   * Open tasks per person (assigned or claimed) and offered to a group, most first, with the oldest
   * waiting task of each (filter: process).
   */
  @Transactional(readOnly = true)
  public Workload workload(ReportFilter filter) {
    allowed(filter);
    Instant now = clock.instant();
    List<OpenTask> open = workflow.openTasks(filter.process(), MAX_TASKS);
    Map<String, List<OpenTask>> byHolder = new LinkedHashMap<>();
    for (OpenTask t : open) { // oldest first, so each holder's first task is their oldest
      byHolder.computeIfAbsent(t.assignee() == null ? "" : t.assignee(), k -> new java.util.ArrayList<>()).add(t);
    }
    return new Workload(byHolder.entrySet().stream()
        .map(e -> {
          OpenTask oldest = e.getValue().get(0);
          return new Workload.Holder(e.getKey().isEmpty() ? null : e.getKey(), e.getValue().size(), oldest.name(),
              oldest.created(), java.time.Duration.between(oldest.created(), now).toDays());
        })
        .sorted(Comparator.comparing(Workload.Holder::open, Comparator.reverseOrder())
            .thenComparing(h -> h.assignee() == null ? "" : h.assignee()))
        .limit(MAX_ROWS)
        .toList(), open.size());
  }

  /**
   * Where the coalition's work waits in one lifecycle: its model, how many of the coalition's records
   * wait at each activity now and the mean time spent there. An unknown lifecycle is named.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<org.liaison.workflow.ProcessMaps.ProcessMap> whereWorkWaits(String processKey) {
    requireProcess(processKey);
    return maps.map(processKey);
  }

  /** The coalition's records waiting at one activity of a lifecycle, longest waiting first (at most 50). */
  @Transactional(readOnly = true)
  public List<WaitingRecord> waitingAt(String processKey, String activityId) {
    requireProcess(processKey);
    return maps.waitingAt(processKey, activityId).stream()
        .map(w -> new WaitingRecord(w.businessKey(), lifecycles.link(processKey, w.businessKey()), w.since()))
        .toList();
  }

  /** Incidents of the coalition's lifecycles, newest first (at most {@link #MAX_ROWS}). */
  @Transactional(readOnly = true)
  public List<org.liaison.workflow.StuckJob> stuckWork() {
    allowed(ReportFilter.NONE);
    return workflow.incidents(MAX_ROWS);
  }

  /** Retries a failed job of the coalition, once its cause is fixed; another coalition's job is not found. */
  @Transactional
  public void retry(String jobId) {
    allowed(ReportFilter.NONE);
    workflow.retry(jobId);
  }

  /** The coalition's mail the outbox gave up on, newest first (at most {@link #MAX_ROWS}). */
  @Transactional(readOnly = true)
  public List<org.liaison.mail.SentMail> failedMail() {
    allowed(ReportFilter.NONE);
    return outbox.failed(MAX_ROWS);
  }

  /** Sends a failed message of the coalition again; another coalition's, or one not failed, is not found. */
  @Transactional
  public void retryMail(java.util.UUID id) {
    allowed(ReportFilter.NONE);
    outbox.retry(id);
  }

  /** The cases a filter selects, as a condition on {@code app.case_file c} (every parameter optional). */
  static final String CASES = """
       c.tenant_id = :t
       and (cast(:country as varchar) is null or c.country = cast(:country as varchar))
       and (cast(:theme as varchar) is null or cast(:theme as varchar) = any(c.themes))
       and (cast(:embassy as uuid) is null or exists (
             select 1 from app.case_officer co join app.officer o on o.tenant_id = co.tenant_id and o.id = co.officer_id
              where co.tenant_id = c.tenant_id and co.case_id = c.id and o.embassy_id = cast(:embassy as uuid)))
       and (cast(:from as timestamptz) is null or c.created_at >= cast(:from as timestamptz))
       and (cast(:until as timestamptz) is null or c.created_at < cast(:until as timestamptz))
      """;

  private List<MonthCount> months(Actor actor, ReportFilter filter) {
    YearMonth last = YearMonth.from(filter.to() != null ? filter.to() : LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    YearMonth first = last.minusMonths(11);
    Map<String, Object> p = params(actor, new ReportFilter(null, null, filter.embassy(), filter.country(),
        filter.theme(), null));
    p.put("first", Timestamp.from(first.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    p.put("end", Timestamp.from(last.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      counts.put(m.toString(), new long[2]);
    }
    String[] columns = {"created_at", "closed_at"};
    for (int k = 0; k < 2; k++) {
      int index = k;
      jdbc.sql("select to_char(c." + columns[k] + " at time zone 'UTC', 'YYYY-MM'), count(*) from app.case_file c where "
              + CASES + " and c." + columns[k] + " >= :first and c." + columns[k] + " < :end group by 1")
          .params(p)
          .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
          .forEach(e -> counts.get(e.getKey())[index] = e.getValue());
    }
    return counts.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
  }

  private Steps openSteps(ReportFilter filter) {
    Instant now = clock.instant();
    List<OpenTask> open = workflow.openTasks(filter.process(), MAX_TASKS);
    Map<List<String>, long[]> byStep = new LinkedHashMap<>();
    for (OpenTask t : open) {
      long[] c = byStep.computeIfAbsent(List.of(String.valueOf(t.processKey()), String.valueOf(t.taskKey()),
          String.valueOf(t.name())), k -> new long[2]);
      c[0]++;
      if (t.due() != null && t.due().isBefore(now)) {
        c[1]++;
      }
    }
    return new Steps(byStep.entrySet().stream()
        .map(e -> new StepLoad(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparing(StepLoad::process).thenComparing(StepLoad::open, Comparator.reverseOrder())
            .thenComparing(StepLoad::step))
        .toList(), open.stream().anyMatch(t -> t.due() != null), open.size());
  }

  private PastCadence pastCadence(Map<String, Object> p) {
    CoalitionSettings coalition = settings.current();
    Map<String, Object> q = new HashMap<>(p);
    q.put("cadence", coalition.contactCadence());
    q.put("limit", MAX_ROWS);
    List<Object[]> rows = jdbc.sql("""
        select o.id, o.name, e.city, d.due, cast(:today as date) - d.due as days, count(*) over () as total
          from app.officer o
          left join app.embassy e on e.tenant_id = o.tenant_id and e.id = o.embassy_id
          cross join lateral (select cast(coalesce(o.last_contact_on, cast(o.created_at at time zone 'UTC' as date))
                                     + cast(coalesce(o.contact_cadence, :cadence) as interval) as date) as due) d
         where o.tenant_id = :t and o.archived_at is null
           and d.due < cast(:today as date)
           and (cast(:embassy as uuid) is null or o.embassy_id = cast(:embassy as uuid))
           and (cast(:country as varchar) is null or e.country = cast(:country as varchar))
         order by days desc, o.name
         limit :limit""")
        .params(q)
        .query((rs, i) -> new Object[] {new OverdueOfficer(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getString(3), rs.getObject(4, LocalDate.class), rs.getLong(5)), rs.getLong(6)})
        .list();
    return new PastCadence(rows.stream().map(r -> (OverdueOfficer) r[0]).toList(),
        rows.isEmpty() ? 0 : (Long) rows.get(0)[1]);
  }

  private List<HrrProgress> hrr(Map<String, Object> p) {
    Map<String, Object> q = new HashMap<>(p);
    q.put("limit", MAX_ROWS);
    return jdbc.sql("""
        select h.reference, h.country, h.year, h.status, cast(h.submission_deadline at time zone 'UTC' as date),
               cast(h.submission_deadline at time zone 'UTC' as date) - cast(:today as date),
               (select count(*) from app.member_organisation mo where mo.tenant_id = h.tenant_id and mo.created_at <= h.opens_at),
               (select count(*) from app.hrr_submission s where s.tenant_id = h.tenant_id and s.cycle_id = h.id)
          from app.hrr_cycle h
         where h.tenant_id = :t
           and (cast(:country as varchar) is null or h.country = cast(:country as varchar))
           and (cast(:from as timestamptz) is null or h.opens_at >= cast(:from as timestamptz))
           and (cast(:until as timestamptz) is null or h.opens_at < cast(:until as timestamptz))
         order by h.opens_at desc
         limit :limit""")
        .params(q)
        .query((rs, i) -> new HrrProgress(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
        .list();
  }

  private List<ConveningAttendance> convenings(Map<String, Object> p) {
    Map<String, Object> q = new HashMap<>(p);
    q.put("limit", MAX_ROWS);
    return jdbc.sql("""
        select v.reference, v.title, cast(v.starts_at at time zone 'UTC' as date),
               (select count(*) from app.convening_invitation i where i.tenant_id = v.tenant_id and i.convening_id = v.id),
               (select count(*) from app.convening_invitation i where i.tenant_id = v.tenant_id and i.convening_id = v.id
                   and i.rsvp = 'ACCEPTED')
          from app.convening v
          left join app.embassy e on e.tenant_id = v.tenant_id and e.id = v.embassy_id
         where v.tenant_id = :t and v.status = 'HELD'
           and (cast(:embassy as uuid) is null or v.embassy_id = cast(:embassy as uuid))
           and (cast(:country as varchar) is null or e.country = cast(:country as varchar))
           and (cast(:from as timestamptz) is null or v.starts_at >= cast(:from as timestamptz))
           and (cast(:until as timestamptz) is null or v.starts_at < cast(:until as timestamptz))
         order by v.starts_at desc
         limit :limit""")
        .params(q)
        .query((rs, i) -> new ConveningAttendance(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
            rs.getLong(4), rs.getLong(5)))
        .list();
  }

  private DefenderSla defenderSla(Map<String, Object> p) {
    String sla = settings.current().defenderAssessmentSla();
    Map<String, Object> q = new HashMap<>(p);
    q.put("sla", sla);
    q.put("process", DefenderEmergencyProcess.KEY);
    q.put("now", Timestamp.from(clock.instant()));
    return jdbc.sql("""
        with d as (
          select x.reported_at + cast(:sla as interval) as deadline,
                 (select min(j.completed_at) from app.step_journal j
                   where j.tenant_id = x.tenant_id and j.business_key = x.reference and j.process_key = :process
                     and j.task_key = 'Task_AssessRisk') as assessed
            from app.defender x
           where x.tenant_id = :t
             and (cast(:country as varchar) is null or x.country = cast(:country as varchar))
             and (cast(:from as timestamptz) is null or x.reported_at >= cast(:from as timestamptz))
             and (cast(:until as timestamptz) is null or x.reported_at < cast(:until as timestamptz))
        )
        select count(*) filter (where assessed is not null and assessed <= deadline),
               count(*) filter (where (assessed is not null and assessed > deadline)
                                   or (assessed is null and deadline < cast(:now as timestamptz))),
               count(*) filter (where assessed is null and deadline >= cast(:now as timestamptz))
          from d""")
        .params(q)
        .query((rs, i) -> new DefenderSla(sla, rs.getLong(1), rs.getLong(2), rs.getLong(3)))
        .single();
  }

  /** Figures to two decimals (hours: to 36 seconds), so equal inputs give equal figures, not float noise. */
  static Double round(Double value) {
    return value == null ? null : Math.round(value * 100) / 100.0;
  }

  private void requireProcess(String processKey) {
    if (processKey == null) {
      throw InvalidInputException.of("process", "Choose the lifecycle whose work to show.");
    }
    allowed(new ReportFilter(null, null, null, null, null, processKey));
  }

  private Actor allowed(ReportFilter filter) {
    Actor actor = TenantContext.current();
    if (!mayRead(actor)) {
      throw new NotAllowedException("Reports are for the coalition's coordinators and admins");
    }
    if (filter.embassy() != null && jdbc.sql("select count(*) from app.embassy where tenant_id = :t and id = :id")
        .param("t", actor.tenantId()).param("id", filter.embassy()).query(Long.class).single() == 0) {
      throw InvalidInputException.of("embassy", "No such embassy in this coalition.");
    }
    return actor;
  }

  Map<String, Object> params(Actor actor, ReportFilter filter) {
    Map<String, Object> p = new HashMap<>();
    p.put("t", actor.tenantId());
    p.put("country", filter.country());
    p.put("theme", filter.theme() == null ? null : filter.theme().name());
    p.put("embassy", filter.embassy());
    p.put("from", filter.from() == null ? null : Timestamp.from(filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
    p.put("until", filter.to() == null ? null
        : Timestamp.from(filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    p.put("today", LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    return p;
  }
}
