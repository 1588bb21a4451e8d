package org.liaison.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liaison.TestCoalitions;
import org.liaison.WorkflowTestApplication;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.mail.internal.OutboxDispatcher;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.NoCoalitionSelectedException;
import org.liaison.tenancy.RowSecurity;
import org.liaison.tenancy.TenantContext;
import org.liaison.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail) and a real PostgreSQL: a message is queued with
 * the work that causes it, sent once per idempotency key, retried while the server is down, and
 * kept to its coalition. The dispatcher's schedule is off; each test dispatches explicitly.
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
    "camunda.bpm.process-engine-name=outbox",
    "liaison.mail.from=Liaison <liaison@coalition.example>",
    "liaison.mail.max-attempts=3",
    "liaison.mail.first-retry-after=30s",
    "liaison.mail.max-retry-after=10m",
    "spring.mail.properties.mail.smtp.connectiontimeout=2000",
    "spring.mail.properties.mail.smtp.timeout=5000",
    "spring.mail.properties.mail.smtp.writetimeout=5000"
})
class OutboxIT {

  private static final TestDatabase DB = TestDatabase.create("outbox");
  private static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void databaseAndSmtpServer(DynamicPropertyRegistry registry) {
    DB.springProperties().forEach(registry::add);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired Outbox outbox;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired MembershipService memberships;
  @Autowired RowSecurity rowSecurity;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  TestCoalitions coalitions;

  @BeforeEach
  void freshCoalitionsAndAnEmptyMailServer() throws Exception {
    if (!smtp.isRunning()) {
      smtp.start();
    }
    dispatcher.dispatchOnce(); // nothing left over from another test
    smtp.purgeEmailFromAllMailboxes();
    coalitions = new TestCoalitions(memberships);
  }

  @Test
  void outreach_goes_out_by_smtp_with_sender_subject_body_and_a_message_id_from_its_key() throws Exception {
    assertThat(outbox.deliversVia()).isEqualTo(DeliveredVia.SMTP);
    Actor cora = coalitions.coordinatorA();
    OutgoingMail mail = new OutgoingMail("outreach:case-1", List.of("officer@embassy.example", "expert@state.example"),
        "Détention de journalistes à Nairobi — hearing on Monday",
        "Dear officer,\n\nThree journalists are held without charge.\nCould the embassy attend the hearing?\n");
    assertThat(enqueue(cora, mail)).isTrue();

    assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Report(1, 0, 0));

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2); // one per recipient mailbox
    MimeMessage message = received[0];
    assertThat(message.getFrom()).containsExactly(new InternetAddress("Liaison <liaison@coalition.example>"));
    assertThat(Arrays.stream(message.getRecipients(RecipientType.TO)).map(Object::toString))
        .containsExactly("officer@embassy.example", "expert@state.example");
    assertThat(message.getSubject()).isEqualTo("Détention de journalistes à Nairobi — hearing on Monday");
    // SMTP transfers the text with CRLF line ends and ends it with its own line end
    assertThat(((String) message.getContent()).replace("\r\n", "\n").stripTrailing()).isEqualTo(mail.body().stripTrailing());
    assertThat(message.getMessageID()).matches("<[0-9a-f]{32}@coalition\\.example>");
    assertThat(received[1].getMessageID()).isEqualTo(message.getMessageID());

    SentMail sent = as(cora, () -> outbox.recent(10)).get(0);
    assertThat(sent.status()).isEqualTo(MailStatus.SENT);
    assertThat(sent.deliveredVia()).isEqualTo(DeliveredVia.SMTP);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.sentAt()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
    assertThat(sent.to()).containsExactly("officer@embassy.example", "expert@state.example");
  }

  @Test
  void a_message_queued_in_a_transaction_that_rolls_back_is_never_sent() {
    Actor cora = coalitions.coordinatorA();
    assertThatThrownBy(() -> as(cora, () -> tx.execute(s -> {
      outbox.enqueue(mail("outreach:rolled-back", "Rolled back"));
      throw new IllegalStateException("the work that queued the message failed");
    }))).hasMessageContaining("the work that queued the message failed");

    assertThat(dispatcher.dispatchOnce().sent()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(as(cora, () -> outbox.recent(10))).isEmpty();
  }

  @Test
  void queuing_the_same_key_twice_queues_one_message_and_sends_it_once() {
    Actor cora = coalitions.coordinatorA();
    assertThat(enqueue(cora, mail("follow-up:case-7:1", "First"))).isTrue();
    // a retried job queues it again, even with other text: the first one stands
    assertThat(enqueue(cora, mail("follow-up:case-7:1", "Second"))).isFalse();
    List<Boolean> twiceInOneTransaction = as(cora, () -> tx.execute(s ->
        List.of(outbox.enqueue(mail("follow-up:case-7:2", "Other")), outbox.enqueue(mail("follow-up:case-7:2", "Other")))));
    assertThat(twiceInOneTransaction).containsExactly(true, false);
    // the same key in another coalition is another message
    assertThat(enqueue(coalitions.coordinatorB(), mail("follow-up:case-7:1", "B's"))).isTrue();

    dispatcher.dispatchOnce();

    assertThat(subjects()).containsExactlyInAnyOrder("First", "Other", "B's");
    assertThat(as(cora, () -> outbox.recent(10))).extracting(SentMail::subject).containsExactlyInAnyOrder("First", "Other");
  }

  @Test
  void dispatching_again_or_from_two_dispatchers_at_once_delivers_each_message_once() throws Exception {
    Actor cora = coalitions.coordinatorA();
    enqueue(cora, mail("reminder:1", "Reminder"));
    assertThat(dispatcher.dispatchOnce().sent()).isEqualTo(1);
    assertThat(dispatcher.dispatchOnce().sent()).isZero();
    assertThat(subjects()).containsExactly("Reminder");
    smtp.purgeEmailFromAllMailboxes();

    int messages = 45; // more than two batches of 20
    as(cora, () -> tx.execute(s -> {
      IntStream.range(0, messages).forEach(i -> outbox.enqueue(mail("bulk:" + i, "Bulk " + i)));
      return null;
    }));
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<OutboxDispatcher.Report> dispatch = () -> {
        start.await(10, TimeUnit.SECONDS);
        return dispatcher.dispatchOnce();
      };
      List<Future<OutboxDispatcher.Report>> runs = List.of(pool.submit(dispatch), pool.submit(dispatch));
      int sent = 0;
      for (Future<OutboxDispatcher.Report> run : runs) {
        sent += run.get(2, TimeUnit.MINUTES).sent();
      }
      assertThat(sent).isEqualTo(messages);
    } finally {
      pool.shutdownNow();
    }
    assertThat(subjects()).hasSize(messages).doesNotHaveDuplicates();
    assertThat(messageIds()).hasSize(messages).doesNotHaveDuplicates();
    assertThat(dispatcher.dispatchOnce().sent()).isZero();
  }

  @Test
  void while_the_smtp_server_is_down_attempts_are_recorded_and_the_message_goes_out_once_when_it_is_back() throws Exception {
    Actor cora = coalitions.coordinatorA();
    enqueue(cora, mail("outreach:server-down", "Sent when the server is back"));
    smtp.stop();

    Instant failedAt = Instant.now();
    assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Report(0, 1, 0));
    SentMail pending = only(cora);
    assertThat(pending.status()).isEqualTo(MailStatus.PENDING);
    assertThat(pending.attempts()).isEqualTo(1);
    assertThat(pending.lastError()).contains("Connection refused").doesNotContain("\n").doesNotContain("\tat ");
    assertThat(pending.lastError().length()).isLessThanOrEqualTo(500);
    assertThat(nextAttempt(coalitions.a.id())).isCloseTo(failedAt.plusSeconds(30), within(Duration.ofSeconds(10)));

    assertThat(dispatcher.dispatchOnce().handled()).as("not due again before its next attempt").isZero();
    timePassesUntilDue(coalitions.a.id());
    assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Report(0, 1, 0));
    assertThat(only(cora).attempts()).isEqualTo(2);
    assertThat(nextAttempt(coalitions.a.id())).as("the wait doubles").isCloseTo(Instant.now().plusSeconds(60),
        within(Duration.ofSeconds(10)));

    smtp.start();
    timePassesUntilDue(coalitions.a.id());
    assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Report(1, 0, 0));
    assertThat(dispatcher.dispatchOnce().handled()).isZero();
    assertThat(subjects()).containsExactly("Sent when the server is back");
    SentMail sent = only(cora);
    assertThat(sent.status()).isEqualTo(MailStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(3);
    assertThat(sent.deliveredVia()).isEqualTo(DeliveredVia.SMTP);
  }

  @Test
  void after_the_configured_attempts_a_message_is_marked_failed_and_never_sent() {
    Actor cora = coalitions.coordinatorA();
    enqueue(cora, mail("outreach:gives-up", "Never delivered"));
    smtp.stop();
    assertThat(dispatcher.dispatchOnce().retrying()).isEqualTo(1);
    timePassesUntilDue(coalitions.a.id());
    assertThat(dispatcher.dispatchOnce().retrying()).isEqualTo(1);
    timePassesUntilDue(coalitions.a.id());
    assertThat(dispatcher.dispatchOnce()).as("third of max-attempts=3").isEqualTo(new OutboxDispatcher.Report(0, 0, 1));

    smtp.start();
    timePassesUntilDue(coalitions.a.id());
    assertThat(dispatcher.dispatchOnce().handled()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    SentMail failed = only(cora);
    assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.lastError()).contains("Connection refused");
    assertThat(failed.sentAt()).isNull();
  }

  @Test
  void a_copy_sent_again_after_a_lost_commit_carries_the_same_message_id() throws Exception {
    Actor cora = coalitions.coordinatorA();
    enqueue(cora, mail("outreach:crash", "Crash between send and commit"));
    dispatcher.dispatchOnce();
    // the process died after the server accepted the message, before SENT was committed
    as(cora, () -> tx.execute(s -> jdbc.sql("""
        update app.outbox_message set status = 'PENDING', sent_at = null, delivered_via = null
         where idempotency_key = 'outreach:crash'""").update()));
    dispatcher.dispatchOnce();

    assertThat(messageIds()).hasSize(2).containsOnly(messageIds().get(0));
  }

  @Test
  void invalid_mail_is_refused_with_a_message_per_field_and_nothing_is_queued() {
    Actor cora = coalitions.coordinatorA();
    OutgoingMail invalid = new OutgoingMail(" ", List.of("officer@embassy.example", "not an address"),
        "Line one\r\nBcc: everyone@example.org", "");
    assertThatThrownBy(() -> as(cora, () -> tx.execute(s -> outbox.enqueue(invalid))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "idempotencyKey", "Give the message an idempotency key, so that queuing it twice sends it once.",
                "to[1]", "Give a valid e-mail address, such as officer@state.gov.",
                "subject", "Keep the subject on one line.",
                "body", "Write the text of the message.")));
    assertThatThrownBy(() -> as(cora, () -> tx.execute(s -> outbox.enqueue(new OutgoingMail("k", List.of(), "S", "B")))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsExactlyEntriesOf(java.util.Map.of("to", "Name at least one recipient.")));

    dispatcher.dispatchOnce();
    assertThat(as(cora, () -> outbox.recent(10))).isEmpty();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void a_message_needs_a_transaction_and_a_coalition() {
    assertThatThrownBy(() -> as(coalitions.coordinatorA(), () -> outbox.enqueue(mail("no-tx", "No transaction"))))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThatThrownBy(() -> tx.execute(s -> outbox.enqueue(mail("no-coalition", "No coalition"))))
        .isInstanceOf(NoCoalitionSelectedException.class)
        .hasMessageContaining("bound to no coalition");
    assertThat(dispatcher.dispatchOnce().handled()).isZero();
  }

  @Test
  void each_coalition_sees_only_its_own_outbox_and_the_dispatcher_sends_every_coalitions_mail() throws Exception {
    Actor coraA = coalitions.coordinatorA();
    Actor coraB = coalitions.coordinatorB();
    enqueue(coraA, mail("outreach:a", "For A", "a-officer@embassy.example"));
    // as engine code does it: no signed-in user, the coalition bound explicitly
    tx.execute(s -> {
      rowSecurity.bindTenant(coalitions.b.id());
      return outbox.enqueue(mail("outreach:b", "For B", "b-officer@embassy.example"));
    });

    assertThat(as(coraA, () -> outbox.recent(10))).extracting(SentMail::subject).containsExactly("For A");
    assertThat(as(coraB, () -> outbox.recent(10))).extracting(SentMail::subject).containsExactly("For B");
    List<String> seenByA = as(coraA, () -> tx.execute(s ->
        jdbc.sql("select tenant_id from app.outbox_message").query(String.class).list()));
    assertThat(seenByA).containsOnly(coalitions.a.id());
    Long withoutCoalition = tx.execute(s -> jdbc.sql("select count(*) from app.outbox_message").query(Long.class).single());
    assertThat(withoutCoalition).as("without a coalition").isZero();
    Integer changedByA = as(coraA, () -> tx.execute(s -> jdbc.sql(
        "update app.outbox_message set subject = 'changed by A' where tenant_id = :b")
        .param("b", coalitions.b.id()).update()));
    assertThat(changedByA).as("B's rows are invisible to A's transaction").isZero();
    assertThat(as(coraB, () -> outbox.recent(10)).get(0).subject()).isEqualTo("For B");

    assertThat(dispatcher.dispatchOnce().sent()).isEqualTo(2);
    assertThat(recipients()).containsExactlyInAnyOrder("a-officer@embassy.example", "b-officer@embassy.example");
    assertThat(as(coraA, () -> outbox.recent(10))).extracting(SentMail::status).containsExactly(MailStatus.SENT);
    assertThat(as(coraB, () -> outbox.recent(10))).extracting(SentMail::status).containsExactly(MailStatus.SENT);
  }

  @Test
  void only_coordinators_and_admins_read_the_sent_mail() {
    enqueue(coalitions.coordinatorA(), mail("outreach:private", "Private"));
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> outbox.recent(10))).isInstanceOf(NotAllowedException.class);
    assertThat(as(coalitions.coordinatorA(), () -> outbox.recent(10))).hasSize(1);
  }

  @Test
  void a_link_only_its_recipient_may_use_is_masked_on_the_sent_mail_page_and_wiped_once_sent_by_smtp() throws Exception {
    Actor cora = coalitions.coordinatorA();
    String token = "T0ken-only-the-recipient-may-read";
    as(cora, () -> tx.execute(s -> outbox.enqueue(new OutgoingMail("invitation:secret", List.of("ana@example.org"),
        "Invitation", "Open https://liaison.example/invitation/a/" + token + " to join.\n"), List.of(token))));
    assertThat(only(cora).body()).as("pending: masked").doesNotContain(token).contains(Outbox.MASK);

    dispatcher.dispatchOnce();

    assertThat(((String) smtp.getReceivedMessages()[0].getContent())).as("the recipient gets the link").contains(token);
    assertThat(only(cora).body()).doesNotContain(token);
    String stored = tx.execute(s -> {
      rowSecurity.bindTenant(cora.tenantId());
      return jdbc.sql("select body || coalesce(array_to_string(secrets, ','), '') from app.outbox_message"
          + " where idempotency_key = 'invitation:secret'").query(String.class).single();
    });
    assertThat(stored).as("the stored copy keeps no usable link").doesNotContain(token).contains(Outbox.MASK);
  }

  @Test
  void platform_mail_belongs_to_no_coalition_and_goes_out_with_the_coalitions_mail() throws Exception {
    tx.execute(s -> outbox.enqueuePlatform(mail("password-reset:1", "Reset"), List.of()));
    assertThat(as(coalitions.coordinatorA(), () -> outbox.recent(10))).isEmpty();
    assertThat(dispatcher.dispatchOnce().sent()).isEqualTo(1);
    assertThat(subjects()).containsExactly("Reset");
    assertThat(outbox.platformRecent(10)).extracting(SentMail::status).containsExactly(MailStatus.SENT);
    Boolean again = tx.execute(s -> outbox.enqueuePlatform(mail("password-reset:1", "Again"), List.of()));
    assertThat(again).as("once per key").isFalse();
  }

  // --- helpers ---------------------------------------------------------------------------------

  boolean enqueue(Actor actor, OutgoingMail mail) {
    return Boolean.TRUE.equals(as(actor, () -> tx.execute(s -> outbox.enqueue(mail))));
  }

  static OutgoingMail mail(String key, String subject) {
    return mail(key, subject, "officer@embassy.example");
  }

  static OutgoingMail mail(String key, String subject, String to) {
    return new OutgoingMail(key, List.of(to), subject, "Text of " + subject);
  }

  static <T> T as(Actor actor, java.util.function.Supplier<T> work) {
    return TenantContext.callAs(actor, work);
  }

  SentMail only(Actor actor) {
    List<SentMail> all = as(actor, () -> outbox.recent(10));
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  Instant nextAttempt(String tenantId) {
    return tx.execute(s -> {
      rowSecurity.bindTenant(tenantId);
      return jdbc.sql("select next_attempt_at from app.outbox_message").query(Timestamp.class).single().toInstant();
    });
  }

  /** Moves the coalition's retries to now, as if their wait had passed. */
  void timePassesUntilDue(String tenantId) {
    tx.execute(s -> {
      rowSecurity.bindTenant(tenantId);
      return jdbc.sql("update app.outbox_message set next_attempt_at = now() - interval '1 second' where status = 'PENDING'")
          .update();
    });
  }

  static List<String> subjects() {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      subjects.add(unchecked(m::getSubject));
    }
    return subjects;
  }

  static List<String> messageIds() {
    List<String> ids = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      ids.add(unchecked(m::getMessageID));
    }
    return ids;
  }

  static List<String> recipients() {
    List<String> to = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      to.add(unchecked(() -> m.getRecipients(RecipientType.TO)[0].toString()));
    }
    return to;
  }

  interface MailCall<T> {
    T get() throws MessagingException;
  }

  static <T> T unchecked(MailCall<T> call) {
    try {
      return call.get();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
