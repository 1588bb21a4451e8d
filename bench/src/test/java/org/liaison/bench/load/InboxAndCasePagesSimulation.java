package org.liaison.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Issue 13, item 3: coordinators and members of many coalitions working their inboxes and case pages
 * through the REST API with their personal API tokens, against a running Liaison (bench/load.sh
 * starts the jar, seeds 200 coalitions × 500 cases with an open task each, and writes one token per
 * person into {@code load.tokens}). A closed model: {@code load.users} people at once (ramped over
 * {@code load.ramp} s, then held for {@code load.hold} s); each visit is a handful of pages with 1–3 s
 * of reading between them, after which the person leaves and another takes their place.
 *
 * <p>A visit: the inbox (coordinators: the team's steps due this week; members: their own and the
 * team's), a case of it (the case, its timeline, its routing), the coalition's case list (a search
 * or a sorted, filtered page), the inbox filtered again, another case; one visit in ten also raises a
 * case; a coordinator then finds its triage step in the inbox, claims it, sets a follow-up day and
 * hands it back.
 */
public class InboxAndCasePagesSimulation extends Simulation {

  static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:18480");
  static final int USERS = Integer.getInteger("load.users", 200);
  static final int RAMP = Integer.getInteger("load.ramp", 20);
  static final int HOLD = Integer.getInteger("load.hold", 60);
  static final String TOKENS = System.getProperty("load.tokens", "target/load-tokens.csv");
  static final int CASES_EACH = Integer.getInteger("load.casesEach", 500);

  static final List<String> WORDS = List.of("journalist", "detained", "protest", "union", "harbour", "court",
      "election", "radio", "blogger", "arrest", "strike", "land", "eviction", "police", "trial", "women",
      "workers", "press", "license", "raid");
  static final List<String> SORTS = List.of("updated", "created", "severity", "title", "status", "reference");
  static final List<String> STATUSES = List.of("IN_TRIAGE", "ALIGNING", "OUTREACH_SENT", "MEETING");

  // token,coalition,prefix,username,role
  FeederBuilder<String> people = csv(TOKENS).random();

  HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
      .header("Authorization", "Bearer #{token}").header("X-Coalition", "#{coalition}")
      .userAgentHeader("liaison-load");

  static String someCase(Session s) {
    return s.getString("prefix") + "-2026-" + String.format("%04d", 1 + ThreadLocalRandom.current().nextInt(CASES_EACH));
  }

  static ChainBuilder think() {
    return pause(Duration.ofMillis(1000), Duration.ofMillis(3000));
  }

  ChainBuilder inbox = doIfOrElse(s -> "coordinator".equals(s.getString("role"))).then(
          exec(http("inbox: team, due this week").get("/api/tasks?view=team&due=week&sort=due&size=20")
              .check(status().is(200), jsonPath("$.items[*].caseReference").findRandom().optional().saveAs("ref"))))
      .orElse(
          exec(http("inbox: open (mine, then team)").get("/api/tasks?view=open&size=20")
              .check(status().is(200), jsonPath("$.items[*].caseReference").findRandom().optional().saveAs("ref"))));

  ChainBuilder casePage = exec(session -> session.contains("ref") ? session : session.set("ref", someCase(session)))
      .exec(http("case").get("/api/cases/#{ref}").check(status().is(200)))
      .exec(http("case timeline").get("/api/cases/#{ref}/timeline?size=50").check(status().is(200)))
      .exec(http("case routing").get("/api/cases/#{ref}/routing").check(status().is(200)))
      .exec(session -> session.remove("ref"));

  ChainBuilder otherCase = exec(session -> session.set("ref", someCase(session))).exec(casePage);

  ChainBuilder caseList = exec(session -> session
          .set("word", WORDS.get(ThreadLocalRandom.current().nextInt(WORDS.size())))
          .set("status", STATUSES.get(ThreadLocalRandom.current().nextInt(STATUSES.size())))
          .set("sort", SORTS.get(ThreadLocalRandom.current().nextInt(SORTS.size()))))
      .randomSwitch().on(
          percent(50.0).then(
              exec(http("cases: search").get("/api/cases?q=#{word}&size=50").check(status().is(200)))),
          percent(50.0).then(
              exec(http("cases: filtered, sorted").get("/api/cases?status=#{status}&sort=#{sort}&direction=asc&size=50")
                  .check(status().is(200)))));

  /** Coordinators look at all the coalition's open steps, members at the team's (view=all is for coordinators). */
  ChainBuilder teamInbox = exec(session -> session.set("wide",
          "coordinator".equals(session.getString("role")) ? "all" : "team"))
      .exec(http("inbox: all open / team, by due").get("/api/tasks?view=#{wide}&sort=due&size=50")
          .check(status().is(200)));

  ChainBuilder raiseAndTake = exec(session -> session.set("title", "Load test case " + WORDS.get(
          ThreadLocalRandom.current().nextInt(WORDS.size())) + " " + ThreadLocalRandom.current().nextInt(1_000_000)))
      .exec(http("raise a case").post("/api/cases").header("Content-Type", "application/json")
          .body(StringBody("""
              {"title": "#{title}", "summary": "Raised by the load simulation: a journalist detained after a protest.",
               "country": "KE", "themes": ["FREEDOM_OF_EXPRESSION"], "severity": "HIGH"}"""))
          .check(status().is(201), jsonPath("$.reference").saveAs("raised")))
      .pause(Duration.ofMillis(500), Duration.ofMillis(1500))
      .doIf(s -> "coordinator".equals(s.getString("role"))).then(
          exec(http("inbox: search a reference").get("/api/tasks?view=all&q=#{raised}")
              .check(status().is(200), jsonPath("$.items[0].id").optional().saveAs("task"))))
      .doIf(s -> s.contains("task")).then(
          exec(http("claim a step").post("/api/tasks/#{task}/claim").check(status().is(204)))
              .exec(http("set a follow-up").post("/api/tasks/#{task}/follow-up").header("Content-Type", "application/json")
                  .body(StringBody("{\"date\": \"2027-01-15\"}")).check(status().is(204)))
              .exec(http("hand the step back").post("/api/tasks/#{task}/unclaim").check(status().is(204))))
      .exec(session -> session.remove("task"));

  ScenarioBuilder visit = scenario("coordinators and members, 200 coalitions")
      .feed(people)
      .exec(inbox).exec(think())
      .exec(casePage).exec(think())
      .exec(caseList).exec(think())
      .exec(teamInbox).exec(think())
      .exec(otherCase).exec(think())
      .randomSwitch().on(percent(10.0).then(raiseAndTake));

  {
    setUp(visit.injectClosed(
            rampConcurrentUsers(0).to(USERS).during(Duration.ofSeconds(RAMP)),
            constantConcurrentUsers(USERS).during(Duration.ofSeconds(HOLD))))
        .protocols(protocol);
  }
}
