package org.liaison.convenings.internal;

import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.processes.ConveningProcess;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.RowSecurity;
import org.liaison.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * {@code ${conveningInvitations.ids(conveningId)}}: the invitations to send, one sending each, in the
 * order they were entered, so the list is the same on every call. It is evaluated when the format
 * is agreed, in the owner's transaction; the ids are never stored as one process variable.
 */
@Component(ConveningProcess.Beans.CONVENING_INVITATIONS)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConveningInvitations {

  private final ConveningStore store;
  private final RowSecurity rowSecurity;

  public List<String> ids(String conveningId) {
    String tenantId = TenantContext.find().map(Actor::tenantId).orElseGet(rowSecurity::boundTenant);
    return store.invitationIds(tenantId, UUID.fromString(conveningId)).stream().map(UUID::toString).toList();
  }
}
