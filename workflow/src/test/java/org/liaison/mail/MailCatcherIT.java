package org.liaison.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.mail.internal.OutboxDispatcher;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded default has no SMTP server: the mail catcher keeps each message for the Sent mail page. */
class MailCatcherIT extends DatabaseIT {

  @Autowired Outbox outbox;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired TransactionTemplate tx;


  @Test
  void without_an_smtp_server_mail_is_caught_once_and_shown_as_it_would_have_gone_out() {
    assertThat(outbox.deliversVia()).isEqualTo(DeliveredVia.CATCHER);
    Actor cora = coalitions.coordinatorA();
    OutgoingMail mail = new OutgoingMail("outreach:caught", List.of("officer@embassy.example"), "Caught, not sent",
        "Would have gone to the embassy.");
    TenantContext.runAs(cora, () -> tx.executeWithoutResult(s -> outbox.enqueue(mail)));

    SentMail queued = TenantContext.callAs(cora, () -> outbox.recent(5)).get(0);
    assertThat(queued.status()).isEqualTo(MailStatus.PENDING);
    assertThat(queued.sentAt()).isNull();

    dispatcher.dispatchOnce();
    dispatcher.dispatchOnce();

    List<SentMail> recent = TenantContext.callAs(cora, () -> outbox.recent(5));
    assertThat(recent).singleElement().satisfies(caught -> {
      assertThat(caught.status()).isEqualTo(MailStatus.SENT);
      assertThat(caught.deliveredVia()).isEqualTo(DeliveredVia.CATCHER);
      assertThat(caught.attempts()).isEqualTo(1);
      assertThat(caught.body()).isEqualTo("Would have gone to the embassy.");
      assertThat(caught.to()).containsExactly("officer@embassy.example");
    });
    assertThat(TenantContext.callAs(coalitions.coordinatorB(), () -> outbox.recent(5))).isEmpty();
  }
}
