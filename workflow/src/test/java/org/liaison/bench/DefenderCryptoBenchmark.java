package org.liaison.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.Person;
import org.liaison.defenders.DefenderService;
import org.liaison.defenders.NewDefender;
import org.liaison.defenders.RiskLevel;
import org.liaison.keys.Keys;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.RowSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test: what envelope encryption and the audit cost a defender record through
 * {@link DefenderService}: a focal point's read (audit row appended under the coalition's lock, coalition
 * key and data key unwrapped, four fields decrypted), a coordinator's restricted read (nothing
 * decrypted), a coalition key rotation over {@code bench.defenders} records (default 200). Prints
 * p50/p95. Not part of {@code ./mvnw verify}: {@code ./mvnw -pl workflow -am verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DefenderCryptoBenchmark}.
 */
class DefenderCryptoBenchmark extends DatabaseIT {

  @Autowired DefenderService defenders;
  @Autowired Accounts accounts;
  @Autowired Keys keys;
  @Autowired RowSecurity rowSecurity;
  @Autowired TransactionTemplate transactions;

  @Test
  void defender_reads_with_decryption_and_audit() {
    int n = Integer.getInteger("bench.defenders", 200);
    accounts.ensurePerson(new Person("sec-bench", "Focal point", "sec-bench@security.example"), null);
    memberships.grant(coalitions.a.id(), "sec-bench", Set.of(Role.SECURITY));
    Actor security = memberships.actorFor("sec-bench", coalitions.a.id());
    Actor coordinator = coalitions.coordinatorA();
    List<String> refs = new ArrayList<>();
    long[] report = new long[n];
    for (int i = 0; i < n; i++) {
      int k = i;
      long t = System.nanoTime();
      refs.add(as(security, () -> defenders.report(new NewDefender("P" + k, "KE", RiskLevel.HIGH, "Name " + k,
          "Location " + k, "Contact " + k, "Risk summary of defender " + k))).reference());
      report[i] = System.nanoTime() - t;
    }
    long[] focal = new long[n * 2];
    long[] restricted = new long[n * 2];
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < n; i++) {
        String ref = refs.get(i);
        long t = System.nanoTime();
        as(security, () -> defenders.get(ref));
        focal[round * n + i] = System.nanoTime() - t;
        t = System.nanoTime();
        as(coordinator, () -> defenders.get(ref));
        restricted[round * n + i] = System.nanoTime() - t;
      }
    }
    long t = System.nanoTime();
    int rewrapped = transactions.execute(tx -> {
      rowSecurity.bindTenant(coalitions.a.id());
      return keys.rotateCoalitionKey(coalitions.a.id());
    });
    long rotation = System.nanoTime() - t;
    System.out.printf("[DefenderCryptoBenchmark] %d records; report (incl. engine start) %s; focal-point read %s; "
            + "coordinator restricted read %s; coalition key rotation over %d data keys %.0f ms%n",
        n, stats(report), stats(focal), stats(restricted), rewrapped, rotation / 1e6);
    // every record's data key was re-wrapped, and a decrypting, audited read stays interactive
    org.assertj.core.api.Assertions.assertThat(rewrapped).as("data keys re-wrapped").isEqualTo(n);
    org.assertj.core.api.Assertions.assertThat(p95(focal) / 1e6).as("p95 of a focal point's read, ms")
        .isLessThanOrEqualTo(50.0);
  }

  static long p95(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) (sorted.length * 0.95)];
  }

  static String stats(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format("p50 %.2f ms, p95 %.2f ms", sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
  }
}
