package org.liaison.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.cases.Alignment;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.mail.Outbox;
import org.liaison.mail.SentMail;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NewPriority;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.Review;
import org.liaison.tenancy.Actor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people completing the same step at the same moment (issue 13's faults): exactly one succeeds,
 * the other is told the step is no longer theirs to do (never a stack trace), and what the step does —
 * the outreach e-mails, the timeline — happens once.
 */
class SameTaskAtOnceIT extends DatabaseIT {

  static final int ROUNDS = 6;

  @Autowired CaseService cases;
  @Autowired OutreachService outreach;
  @Autowired ContactService contacts;
  @Autowired Outbox outbox;

  final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  String taskOf(Actor actor, String reference) {
    return as(actor, () -> cases.openSteps(reference)).get(0).id();
  }

  /** Both run {@code work} at once (a barrier releases them together); their outcomes, in order. */
  List<Object> atOnce(Actor first, Actor second, Runnable work) throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<Object>> outcomes = new ArrayList<>();
    for (Actor actor : List.of(first, second)) {
      Callable<Object> call = () -> {
        together.await(10, TimeUnit.SECONDS);
        try {
          as(actor, () -> {
            work.run();
            return null;
          });
          return "done";
        } catch (RuntimeException e) {
          return e;
        }
      };
      outcomes.add(pool.submit(call));
    }
    List<Object> results = new ArrayList<>();
    for (Future<Object> f : outcomes) {
      try {
        results.add(f.get(60, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        results.add(e.getCause());
      }
    }
    return results;
  }

  static void exactlyOneSucceededAndTheOtherWasTold(List<Object> outcomes) {
    assertThat(outcomes).as("one of the two completed the step").containsOnlyOnce("done");
    assertThat(outcomes).filteredOn(o -> o != "done").singleElement()
        .isInstanceOfSatisfying(TaskNotAvailableException.class, e -> assertThat(e.getMessage())
            .as("what the other sees").isNotBlank().doesNotContain("Exception", "ENGINE-"));
  }

  @Test
  void two_coordinators_approving_the_same_outreach_at_once_send_it_once() throws Exception {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    Actor other = coalitions.secondCoordinatorA();
    List<Officer> officers = as(coordinator, () -> {
      Embassy embassy = contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null));
      contacts.addPriority(embassy.id(), new NewPriority("A free press", "https://ke.usembassy.gov/", LocalDate.now()));
      return List.of(contacts.addOfficer(new NewOfficer(embassy.id(), "Amina Hassan", null, Portfolio.HUMAN_RIGHTS,
          "hro@embassy.example", null)), contacts.addOfficer(new NewOfficer(embassy.id(), "Ben Carter", null,
          Portfolio.PUBLIC_AFFAIRS, "pao@embassy.example", null)));
    });
    for (int round = 0; round < ROUNDS; round++) {
      String title = "Detained journalists " + round;
      String ref = as(member, () -> cases.raise(new NewCase(title, "Held without charge", "KE",
          Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH))).reference();
      as(coordinator, () -> cases.triage(taskOf(coordinator, ref), new Triage(Severity.HIGH, null)));
      as(member, () -> cases.align(taskOf(member, ref), new Alignment(
          contacts.allPriorities().stream().map(EmbassyPriority::id).collect(Collectors.toSet()),
          officers.stream().map(Officer::id).collect(Collectors.toSet()), null)));
      as(member, () -> outreach.submitDraft(taskOf(member, ref), new OutreachDraft("Held", "A priority", "Ask")));
      String review = taskOf(coordinator, ref);

      exactlyOneSucceededAndTheOtherWasTold(atOnce(coordinator, other, () -> outreach.review(review, Review.approve(null))));

      List<SentMail> mail = as(coordinator, () -> outbox.recent(Outbox.MAX_RECENT)).stream()
          .filter(m -> m.subject().startsWith(title + " (")).toList();
      assertThat(mail).as("round %d: one e-mail to each officer", round).hasSize(2);
      assertThat(as(member, () -> cases.timeline(ref))).extracting(CaseActivity::kind)
          .as("approved once, sent once to each").containsOnlyOnce(CaseActivity.Kind.OUTREACH_APPROVED)
          .filteredOn(k -> k == CaseActivity.Kind.OUTREACH_SENT).hasSize(2);
    }
  }

  @Test
  void two_coordinators_triaging_the_same_case_at_once_record_it_once() throws Exception {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    Actor other = coalitions.secondCoordinatorA();
    for (int round = 0; round < ROUNDS; round++) {
      String title = "Case " + round;
      String ref = as(member, () -> cases.raise(new NewCase(title, "Held without charge", "KE",
          Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH))).reference();
      String triage = taskOf(coordinator, ref);
      exactlyOneSucceededAndTheOtherWasTold(atOnce(coordinator, other,
          () -> cases.triage(triage, new Triage(Severity.HIGH, "Urgent"))));
      assertThat(as(member, () -> cases.timeline(ref))).extracting(CaseActivity::kind)
          .containsOnlyOnce(CaseActivity.Kind.TRIAGED);
      assertThat(as(member, () -> cases.openSteps(ref))).as("the lifecycle went on once").hasSize(1);
    }
  }
}
