package org.liaison.accounts;

import java.util.Optional;
import java.util.function.Supplier;
import org.liaison.common.NotAllowedException;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;

/**
 * The person signed in for the current unit of work, whichever coalition they work in, or none (a
 * platform admin, someone accepting an invitation). The request filter sets it from the
 * authenticated user; without it, the current {@link TenantContext} actor's username counts.
 */
public final class SignedIn {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  /** The signed-in person's username, if any. */
  public static Optional<String> username() {
    String username = CURRENT.get();
    return username != null ? Optional.of(username) : TenantContext.find().map(Actor::username);
  }

  /** The signed-in person's username; refuses when nobody is signed in. */
  public static String require() {
    return username().orElseThrow(() -> new NotAllowedException("Sign in first"));
  }

  public static <T> T callAs(String username, Supplier<T> work) {
    String previous = CURRENT.get();
    CURRENT.set(username);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  public static void runAs(String username, Runnable work) {
    callAs(username, () -> {
      work.run();
      return null;
    });
  }

  /** For request filters: sets the person until {@link #clear()}. */
  public static void set(String username) {
    CURRENT.set(username);
  }

  public static void clear() {
    CURRENT.remove();
  }

  private SignedIn() {}
}
