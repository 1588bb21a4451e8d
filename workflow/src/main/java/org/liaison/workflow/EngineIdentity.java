package org.liaison.workflow;

import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;

/**
 * Runs engine calls as the signed-in actor: {@code setAuthentication(user, tenant-scoped groups,
 * [tenant])}, so the engine's own tenant check hides other coalitions' instances, tasks and history;
 * the authentication found before is restored afterwards.
 */
final class EngineIdentity {

  private EngineIdentity() {}

  static <T> T asActor(IdentityService identity, Function<Actor, T> work) {
    Actor actor = TenantContext.current();
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(actor.username(), actor.engineGroups(), List.of(actor.tenantId()));
    try {
      return work.apply(actor);
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }
}
