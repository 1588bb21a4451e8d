package org.liaison.hearings;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.liaison.cases.CaseService;
import org.liaison.hearings.internal.HearingStore;
import org.liaison.officers.ContactService;
import org.liaison.records.LinkedRecords;
import org.liaison.records.RecordLink;
import org.liaison.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * The court hearings held for a case, on the case's page: dated in the local time of the case's country,
 * as the hearing's own page dates them.
 */
@Component
@RequiredArgsConstructor
class HearingsOfACase implements LinkedRecords {

  private final HearingStore store;
  private final CaseService cases;
  private final ContactService contacts;

  @Override
  public List<RecordLink> linkedTo(String kind, UUID id) {
    if (!"case".equals(kind)) {
      return List.of();
    }
    List<CourtHearing> found = store.forCase(TenantContext.current().tenantId(), id);
    if (found.isEmpty()) {
      return List.of();
    }
    ZoneId zone = contacts.localZoneOf(cases.get(found.get(0).caseReference()).country());
    return found.stream()
        .map(h -> new RecordLink("links.hearing", h.reference(), h.title() + " · " + h.court(),
            "hearings/" + h.reference(), "hearing.status." + h.status().name(), h.hearingAt(), zone))
        .toList();
  }
}
