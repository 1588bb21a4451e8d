package org.liaison.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins: refused until {@code until}, whatever the password. */
public final class SignInLockedException extends LockedException {

  private final transient Instant until;
  private final long minutes;

  SignInLockedException(Instant until, Duration left) {
    super("Too many failed sign-ins for this account or from this address");
    this.until = until;
    this.minutes = Math.max(1, (left.toSeconds() + 59) / 60);
  }

  public Instant until() {
    return until;
  }

  /** Whole minutes left, at least one. */
  public long minutesLeft() {
    return minutes;
  }
}
