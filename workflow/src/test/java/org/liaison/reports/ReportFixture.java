package org.liaison.reports;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows with known timestamps in one coalition, written as the application role in a transaction bound
 * to that coalition (row-level security accepts only that coalition's rows), so the figures can be
 * worked out by hand.
 */
public final class ReportFixture {

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Actor actor;
  private int counter;

  public ReportFixture(JdbcClient jdbc, TransactionTemplate tx, Actor actor) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.actor = actor;
  }

  private void run(Runnable work) {
    TenantContext.runAs(actor, () -> tx.executeWithoutResult(s -> work.run()));
  }

  public UUID embassy(String country, String city) {
    UUID id = UUID.randomUUID();
    run(() -> jdbc.sql("insert into app.embassy (id, tenant_id, country, city, created_at) values (?, ?, ?, ?, now())")
        .params(id, actor.tenantId(), country, city).update());
    return id;
  }

  public UUID officer(UUID embassy, String name, LocalDate lastContact, String cadence) {
    return officer(embassy, name, lastContact, cadence, "HUMAN_RIGHTS");
  }

  public UUID officer(UUID embassy, String name, LocalDate lastContact, String cadence, String portfolio) {
    UUID id = UUID.randomUUID();
    run(() -> jdbc.sql("""
        insert into app.officer (id, tenant_id, embassy_id, name, portfolio, contact_cadence, last_contact_on, created_at)
        values (?, ?, ?, ?, ?, ?, ?, now())""")
        .params(id, actor.tenantId(), embassy, name, portfolio, cadence, lastContact).update());
    return id;
  }

  /** A case raised at {@code raised}, in {@code status}, closed at {@code closed} (or not). */
  public UUID kase(Instant raised, String status, Instant closed, String country, String theme) {
    UUID id = UUID.randomUUID();
    String reference = "FX-" + actor.tenantId() + "-" + (++counter);
    run(() -> jdbc.sql("""
        insert into app.case_file (id, tenant_id, reference, title, summary, country, themes, severity, status, owner,
                                   created_at, updated_at, version, closed_at)
        values (?, ?, ?, 'Fixture case', 'A case of the report fixture', ?, cast(? as text[]), 'HIGH', ?, 'coordA', ?, ?, 0, ?)""")
        .params(id, actor.tenantId(), reference, country, "{" + theme + "}", status, ts(raised), ts(raised), ts(closed))
        .update());
    activity(id, "RAISED", raised);
    return id;
  }

  public void activity(UUID kase, String kind, Instant at) {
    run(() -> jdbc.sql("insert into app.case_activity (tenant_id, case_id, occurred_at, actor, kind) values (?, ?, ?, 'coordA', ?)")
        .params(actor.tenantId(), kase, ts(at), kind).update());
  }

  public void outreachTo(UUID kase, UUID officer) {
    run(() -> jdbc.sql("insert into app.case_officer (tenant_id, case_id, officer_id) values (?, ?, ?)")
        .params(actor.tenantId(), kase, officer).update());
  }

  /** An officer's reply to a case, recorded at {@code at}; returns the engagement. */
  public UUID reply(UUID kase, UUID officer, Instant at) {
    UUID id = UUID.randomUUID();
    run(() -> jdbc.sql("""
        insert into app.engagement (id, tenant_id, case_id, officer_id, kind, summary, occurred_on, recorded_by, recorded_at)
        values (?, ?, ?, ?, 'REPLY', 'Replied', ?, 'coordA', ?)""")
        .params(id, actor.tenantId(), kase, officer, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), ts(at)).update());
    activity(kase, "OFFICER_REPLIED", at);
    return id;
  }

  public void meeting(UUID engagement, UUID kase, UUID officer, String status) {
    run(() -> jdbc.sql("""
        insert into app.meeting (id, tenant_id, reference, business_key, engagement_id, case_id, officer_id, owner, status,
                                 created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, 'coordA', ?, now(), now())""")
        .params(UUID.randomUUID(), actor.tenantId(), "MT-" + (++counter), "MT-" + counter, engagement, kase, officer, status)
        .update());
  }

  /** A meeting requested at {@code requested} and held on {@code heldOn}. */
  public void meeting(UUID engagement, UUID kase, UUID officer, String status, Instant requested, LocalDate heldOn) {
    run(() -> jdbc.sql("""
        insert into app.meeting (id, tenant_id, reference, business_key, engagement_id, case_id, officer_id, owner, status,
                                 confirmed_for, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, 'coordA', ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), actor.tenantId(), "MT-" + (++counter), "MT-" + counter, engagement, kase, officer, status,
            heldOn, ts(requested), ts(requested))
        .update());
  }

  /** A defender at risk reported at {@code reported}, whose risk was assessed at {@code assessed} (or not yet). */
  public void defender(Instant reported, Instant assessed) {
    String reference = "HRD-FX-" + (++counter);
    run(() -> jdbc.sql("""
        insert into app.defender (id, tenant_id, reference, pseudonym, country, risk_level, status,
                                  reported_by, reported_at, updated_at)
        values (?, ?, ?, 'Fixture defender', 'KE', 'HIGH', 'ASSESSING', 'coordA', ?, ?)""")
        .params(UUID.randomUUID(), actor.tenantId(), reference, ts(reported), ts(reported)).update());
    if (assessed != null) {
      run(() -> jdbc.sql("""
          insert into app.step_journal (tenant_id, business_key, process_key, task_key, task_name, decision, completed_by,
                                        completed_at)
          values (?, ?, 'defender-emergency', 'Task_AssessRisk', 'Assess risk', true, 'coordA', ?)""")
          .params(actor.tenantId(), reference, ts(assessed)).update());
    }
  }

  /** A next step agreed in an engagement, done or not. */
  public void nextStep(UUID engagement, boolean done) {
    run(() -> jdbc.sql("""
        insert into app.next_step (id, tenant_id, engagement_id, description, owner, due_on, done_at, done_by)
        values (?, ?, ?, 'Share the court file', 'coordA', current_date, ?, ?)""")
        .params(UUID.randomUUID(), actor.tenantId(), engagement, done ? ts(Instant.now()) : null, done ? "coordA" : null)
        .update());
  }

  public static Instant hours(Instant start, double hours) {
    return start.plus(Duration.ofSeconds(Math.round(hours * 3600)));
  }

  private static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
