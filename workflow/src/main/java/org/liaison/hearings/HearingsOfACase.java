package org.liaison.hearings;

import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.liaison.hearings.internal.HearingStore;
import org.liaison.records.LinkedRecords;
import org.liaison.records.RecordLink;
import org.liaison.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/** The court hearings held for a case, on the case's page. */
@Component
@RequiredArgsConstructor
class HearingsOfACase implements LinkedRecords {

  private final HearingStore store;

  @Override
  public List<RecordLink> linkedTo(String kind, UUID id) {
    if (!"case".equals(kind)) {
      return List.of();
    }
    return store.forCase(TenantContext.current().tenantId(), id).stream()
        .map(h -> new RecordLink("links.hearing", h.reference(), h.title() + " · " + h.court(),
            "hearings/" + h.reference(), "hearing.status." + h.status().name(), h.hearingAt()))
        .toList();
  }
}
