package org.liaison.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.liaison.accounts.SignInThrottle;
import org.liaison.common.DatabaseUnavailable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (the form and HTTP Basic on the API) through {@link SignInThrottle}: a locked
 * account or client address is refused before the password is checked; a wrong password counts.
 */
final class ThrottledSignIn implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final SignInThrottle throttle;
  private final Clock clock;

  ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, Clock clock) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.clock = clock;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    try {
      return throttled(attempt);
    } catch (RuntimeException e) {
      if (e instanceof AuthenticationException || !DatabaseUnavailable.causedBy(e)) {
        throw e;
      }
      // the accounts cannot be read: a failed sign-in that says why (503, "temporarily unavailable"), not a crash
      throw new InternalAuthenticationServiceException("The database does not answer", e);
    }
  }

  private Authentication throttled(Authentication attempt) {
    String username = attempt.getName();
    String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    Optional<Instant> locked = throttle.lockedUntil(username, address);
    if (locked.isPresent()) {
      throw new SignInLockedException(locked.get(), Duration.between(clock.instant(), locked.get()));
    }
    try {
      Authentication authenticated = passwords.authenticate(attempt);
      throttle.succeeded(username);
      return authenticated;
    } catch (BadCredentialsException wrong) {
      throttle.failed(username, address);
      throw wrong;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
