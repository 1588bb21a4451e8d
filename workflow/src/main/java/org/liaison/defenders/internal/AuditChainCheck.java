package org.liaison.defenders.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.liaison.accounts.Accounts;
import org.liaison.defenders.AuditChainBreak;
import org.liaison.defenders.DefenderAuditVerifier;
import org.liaison.mail.Outbox;
import org.liaison.mail.OutgoingMail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled check of the defender audit chains: a break is logged as an ALERT and mailed to the
 * platform admins (once a day per break), through the outbox's platform lane. The mail names the
 * coalition and the row, nothing of any record.
 */
@Slf4j
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditChainCheck {

  private final DefenderAuditVerifier verifier;
  private final Accounts accounts;
  private final Outbox outbox;
  private final TransactionTemplate transactions;
  private final Clock clock;

  @Scheduled(initialDelayString = "${liaison.audit.check-interval:PT1H}",
      fixedDelayString = "${liaison.audit.check-interval:PT1H}")
  void scheduled() {
    check();
  }

  /** Verifies every chain; returns the breaks, after alerting on them. */
  public List<AuditChainBreak> check() {
    List<AuditChainBreak> breaks = verifier.verifyAll(true);
    if (breaks.isEmpty()) {
      log.debug("Defender audit chains verified: intact");
      return breaks;
    }
    breaks.forEach(b -> log.error("ALERT: defender audit chain broken: {}", b));
    List<String> admins = accounts.platformAdminEmails();
    if (admins.isEmpty()) {
      log.error("ALERT: no platform admin with an e-mail address to tell about the broken defender audit chain");
      return breaks;
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    transactions.executeWithoutResult(tx -> outbox.enqueuePlatform(new OutgoingMail(
        "defender-audit-broken:" + today + ":" + breaks.get(0).tenantId() + ":" + breaks.get(0).seq(), admins,
        "ALERT: the defender audit chain does not verify",
        "Liaison's check of the defender audit found rows edited or removed in the database since they were written:\n\n"
            + breaks.stream().map(b -> "- " + b).collect(Collectors.joining("\n"))
            + "\n\nRun the verify command (README, \"Defender records\") and compare with a backup.\n"), List.of()));
    return breaks;
  }
}
