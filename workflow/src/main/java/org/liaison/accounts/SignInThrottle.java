package org.liaison.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, on the sign-in form and the API alike. Each account may fail
 * {@value #FREE_FAILURES_PER_ACCOUNT} times, each client address {@value #FREE_FAILURES_PER_ADDRESS}
 * times (one address trying many accounts); after that the account or address is locked for a
 * minute, and every further failure after the lock has run out doubles it, up to half an hour. A
 * locked account is refused before its password is even checked, so the right password does not
 * get in either until the lock has run out. A success clears the account's count. Failures older
 * than {@link #WINDOW} are forgotten. Counted in the database, so every node of a cluster counts the
 * same attempts.
 */
@Service
@RequiredArgsConstructor
public class SignInThrottle {

  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

  public static final int FREE_FAILURES_PER_ACCOUNT = 5;
  public static final int FREE_FAILURES_PER_ADDRESS = 20;
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(30);
  /** Failures further apart than this start counting afresh. */
  static final Duration WINDOW = Duration.ofHours(1);

  private final JdbcClient jdbc;
  private final Clock clock;

  /** Until when sign-in as {@code username} or from {@code address} is refused, if it is now. */
  @Transactional(readOnly = true)
  public Optional<Instant> lockedUntil(String username, String address) {
    Instant now = clock.instant();
    return jdbc.sql("select max(locked_until) from app.sign_in_throttle where throttle_key in (:account, :address) "
            + "and locked_until > :now")
        .param("account", accountKey(username)).param("address", addressKey(address))
        .param("now", Timestamp.from(now))
        .query(Timestamp.class).optional().map(Timestamp::toInstant);
  }

  /** Counts a wrong password (or an unknown name) for the account and the address. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(String username, String address) {
    Instant now = clock.instant();
    count(accountKey(username), FREE_FAILURES_PER_ACCOUNT, now);
    count(addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
  }

  /** The right password: the account's failures are forgiven (the address's are not). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(String username) {
    jdbc.sql("delete from app.sign_in_throttle where throttle_key = :key").param("key", accountKey(username)).update();
  }

  /** Forgets failures nobody repeated for a day; the table stays as small as the attacks of a day. */
  @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.HOURS)
  @Transactional
  public int forgetOld() {
    return jdbc.sql("delete from app.sign_in_throttle where last_failure_at < :before "
            + "and (locked_until is null or locked_until < :now)")
        .param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
        .param("now", Timestamp.from(clock.instant())).update();
  }

  private void count(String key, int free, Instant now) {
    int failures = jdbc.sql("""
            insert into app.sign_in_throttle (throttle_key, failures, last_failure_at) values (:key, 1, :now)
            on conflict (throttle_key) do update set
              failures = case when sign_in_throttle.last_failure_at < :windowStart then 1
                              else sign_in_throttle.failures + 1 end,
              last_failure_at = :now
            returning failures""")
        .param("key", key).param("now", Timestamp.from(now)).param("windowStart", Timestamp.from(now.minus(WINDOW)))
        .query(Integer.class).single();
    if (failures >= free) {
      Duration lock = lockAfter(failures - free);
      jdbc.sql("update app.sign_in_throttle set locked_until = :until where throttle_key = :key")
          .param("until", Timestamp.from(now.plus(lock))).param("key", key).update();
      log.warn("Sign-in locked for {} after {} failed attempts, for {} s", key, failures, lock.toSeconds());
    }
  }

  /** A minute after the last free failure, doubling with each further one, at most {@link #LONGEST_LOCK}. */
  public static Duration lockAfter(int beyondFree) {
    if (beyondFree >= 10) {
      return LONGEST_LOCK;
    }
    Duration lock = FIRST_LOCK.multipliedBy(1L << beyondFree);
    return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
  }

  private static String accountKey(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return "account:" + (name.length() > 150 ? name.substring(0, 150) : name);
  }

  private static String addressKey(String address) {
    String a = address == null || address.isBlank() ? "unknown" : address;
    return "address:" + (a.length() > 150 ? a.substring(0, 150) : a);
  }
}
