package org.liaison.officers;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.officers.internal.RelationshipCadence;
import org.liaison.records.Changes;
import org.liaison.records.RecordHistory;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers rotate out of embassies; relationships must survive it. A hand-over marks the leaver with
 * the date and the successor, and moves to the successor everything that was with the leaver: meetings,
 * engagements (reach-outs included, each keeping whom it was actually with) and so their open next
 * steps, the cases aligned with the leaver and the hearings they were asked to attend. The contact
 * cadence moves too: the leaver's ends, the successor's starts again with the leaver's cadence unless
 * they have their own. All in one transaction; nothing live is left pointing at the leaver.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OfficerRotation {

  private final JdbcClient jdbc;
  private final ContactService contacts;
  private final RelationshipCadence cadence;
  private final RecordHistory history;
  private final InputValidator validator;
  private final Clock clock;

  /**
   * Hands the relationship with a leaving officer over to the successor (coordinators only). Bad input
   * (no date, no successor or both kinds, the leaver as their own successor, an archived successor, an
   * officer who already left) is named per field and nothing is changed.
   */
  @Transactional
  public HandedOver handOver(UUID leaverId, Handover input) {
    String tenant = TenantContext.require(Role.COORDINATOR).tenantId();
    validator.check(input);
    Officer leaver = contacts.officer(leaverId);
    if (leaver.successorId() != null || contacts.archivedAt(leaverId).isPresent()) {
      throw InvalidInputException.of("successorId", leaver.name() + " has already left or been archived.");
    }
    if ((input.successorId() == null) == (input.newSuccessor() == null)) {
      throw InvalidInputException.of("successorId", "Choose the successor among the officers, or enter a new one.");
    }
    Officer successor = input.successorId() != null ? contacts.officer(input.successorId())
        : contacts.addOfficer(withDefaults(input.newSuccessor(), leaver));
    if (successor.id().equals(leaverId)) {
      throw InvalidInputException.of("successorId", "An officer cannot succeed themselves; choose someone else.");
    }
    if (contacts.archivedAt(successor.id()).isPresent()) {
      throw InvalidInputException.of("successorId", successor.name() + " is archived; choose a current contact.");
    }

    int engagements = move("update app.engagement set officer_id = :s, handed_over_from = coalesce(handed_over_from, :l)"
        + " where tenant_id = :t and officer_id = :l", tenant, leaverId, successor.id());
    int openNextSteps = jdbc.sql("""
            select count(*) from app.next_step n join app.engagement e on e.tenant_id = n.tenant_id and e.id = n.engagement_id
             where n.tenant_id = :t and e.officer_id = :s and e.handed_over_from = :l and n.done_at is null""")
        .param("t", tenant).param("s", successor.id()).param("l", leaverId).query(Integer.class).single();
    int meetings = move("update app.meeting set officer_id = :s where tenant_id = :t and officer_id = :l",
        tenant, leaverId, successor.id());
    move("""
        insert into app.case_officer (tenant_id, case_id, officer_id)
        select tenant_id, case_id, :s from app.case_officer where tenant_id = :t and officer_id = :l
        on conflict do nothing""", tenant, leaverId, successor.id());
    int cases = move("delete from app.case_officer where tenant_id = :t and officer_id = :l",
        tenant, leaverId, successor.id());
    int hearings = move("""
        update app.court_hearing_officer h set officer_id = :s where tenant_id = :t and officer_id = :l
           and not exists (select 1 from app.court_hearing_officer o
                            where o.tenant_id = :t and o.hearing_id = h.hearing_id and o.officer_id = :s)""",
        tenant, leaverId, successor.id());
    hearings += move("delete from app.court_hearing_officer where tenant_id = :t and officer_id = :l",
        tenant, leaverId, successor.id());

    String takenOverCadence = successor.contactCadence() != null ? successor.contactCadence() : leaver.contactCadence();
    jdbc.sql("""
            update app.officer set contact_cadence = :cadence, version = version + 1,
                   last_contact_on = greatest(last_contact_on, :last)
             where tenant_id = :t and id = :s""")
        .param("cadence", takenOverCadence).param("last", leaver.lastContactOn())
        .param("t", tenant).param("s", successor.id()).update();
    jdbc.sql("""
            update app.officer set leaving_on = :on, successor_id = :s, archived_at = :at, version = version + 1
             where tenant_id = :t and id = :l""")
        .param("on", input.leavingOn()).param("s", successor.id()).param("at", Timestamp.from(clock.instant()))
        .param("t", tenant).param("l", leaverId).update();
    if (cadence.running(leaverId)) {
      cadence.archived(leaverId, leaver.name());
    }
    if (cadence.running(successor.id())) {
      cadence.changed(successor.id(), takenOverCadence);
    } else {
      cadence.start(successor.id(), takenOverCadence);
    }

    history.record(ContactService.OFFICER, leaverId.toString(), Changes.of()
        .field("leavingOn", null, input.leavingOn()).field("successor", null, successor.name()));
    history.record(ContactService.OFFICER, successor.id().toString(), Changes.of()
        .field("predecessor", null, leaver.name() + " (" + meetings + " meetings, " + engagements + " engagements, "
            + openNextSteps + " open next steps)")
        .field("contactCadence", successor.contactCadence(), takenOverCadence));
    return new HandedOver(contacts.officer(successor.id()), meetings, engagements, openNextSteps, cases, hearings);
  }

  /** The officers whose relationship this one took over, for the successor's page. */
  @Transactional(readOnly = true)
  public List<Officer> predecessors(UUID officerId) {
    contacts.officer(officerId);
    return jdbc.sql("select id from app.officer where tenant_id = :t and successor_id = :id order by leaving_on, name")
        .param("t", TenantContext.current().tenantId()).param("id", officerId).query(UUID.class).list().stream()
        .map(contacts::officer).toList();
  }

  /** A new successor works where the leaver did, at the leaver's cadence, unless given otherwise. */
  private static NewOfficer withDefaults(NewOfficer successor, Officer leaver) {
    return new NewOfficer(successor.embassyId() != null ? successor.embassyId() : leaver.embassyId(), successor.name(),
        successor.title(), successor.portfolio() != null ? successor.portfolio() : leaver.portfolio(), successor.email(),
        successor.contactCadence() != null && !successor.contactCadence().isBlank() ? successor.contactCadence()
            : leaver.contactCadence());
  }

  private int move(String sql, String tenant, UUID leaver, UUID successor) {
    return jdbc.sql(sql).param("t", tenant).param("l", leaver).param("s", successor).update();
  }
}
