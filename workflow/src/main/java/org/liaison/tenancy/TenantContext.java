package org.liaison.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.liaison.common.NotAllowedException;

/**
 * The actor of the current unit of work (one HTTP request, one test, one seeding step). Services
 * read it to scope every query to the actor's coalition; without one they refuse to work.
 */
public final class TenantContext {

  private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

  /** The current actor; throws when none is set, so a forgotten context fails closed. */
  public static Actor current() {
    Actor actor = CURRENT.get();
    if (actor == null) {
      throw new NoCoalitionSelectedException();
    }
    return actor;
  }

  /** The current actor, who must hold {@code role} in the current coalition. */
  public static Actor require(Role role) {
    Actor actor = current();
    if (!actor.has(role)) {
      throw new NotAllowedException("Only a " + role.key() + " of the coalition can do this");
    }
    return actor;
  }

  public static Optional<Actor> find() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Runs {@code work} as {@code actor}, restoring whatever was current before. */
  public static <T> T callAs(Actor actor, Supplier<T> work) {
    Actor previous = CURRENT.get();
    CURRENT.set(actor);
    try {
      return work.get();
    } finally {
      restore(previous);
    }
  }

  public static void runAs(Actor actor, Runnable work) {
    callAs(actor, () -> {
      work.run();
      return null;
    });
  }

  /** For request filters: sets the actor until {@link #clear()}. */
  public static void set(Actor actor) {
    CURRENT.set(actor);
  }

  public static void clear() {
    CURRENT.remove();
  }

  private static void restore(Actor previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  private TenantContext() {}
}
