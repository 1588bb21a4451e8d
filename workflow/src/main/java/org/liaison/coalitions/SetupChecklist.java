package org.liaison.coalitions;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.liaison.common.NotAllowedException;
import org.liaison.officers.ContactService;
import org.liaison.settings.SettingsService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Coalitions;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new coalition's first hour: the embassies it works with, their stated priorities and officers,
 * its members and its settings. Each item is ticked by what the coalition has done, not by a click;
 * coordinators and admins see the list until one of them dismisses it.
 */
@Service
public class SetupChecklist {

  /** One thing to set up, and whether it is done. */
  public enum Item {
    EMBASSIES,
    PRIORITIES,
    OFFICERS,
    MEMBERS,
    SETTINGS
  }

  public record Step(Item item, boolean done) {}

  public record Checklist(List<Step> steps, boolean dismissed) {

    public long open() {
      return steps.stream().filter(s -> !s.done()).count();
    }
  }

  private final ContactService contacts;
  private final SettingsService settings;
  private final MembershipService memberships;
  private final MemberAdministration members;
  private final Coalitions coalitions;
  private final JdbcClient jdbc;
  private final Clock clock;

  SetupChecklist(ContactService contacts, SettingsService settings, MembershipService memberships,
      MemberAdministration members, Coalitions coalitions, JdbcClient jdbc, Clock clock) {
    this.coalitions = coalitions;
    this.contacts = contacts;
    this.settings = settings;
    this.memberships = memberships;
    this.members = members;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Whether the actor should be offered the checklist: a coordinator or admin of a coalition created
   * by platform administration that has not dismissed it.
   */
  @Transactional(readOnly = true)
  public boolean offered() {
    Actor actor = TenantContext.current();
    return MemberAdministration.mayAdminister(actor) && !dismissed(actor)
        && coalitions.find(actor.tenantId()).map(c -> c.createdBy() != null).orElse(false);
  }

  @Transactional(readOnly = true)
  public Checklist checklist() {
    Actor actor = administrator();
    boolean moreThanOne = memberships.rolesByMember(actor.tenantId()).size() > 1;
    return new Checklist(List.of(
        new Step(Item.EMBASSIES, !contacts.embassies().isEmpty()),
        new Step(Item.PRIORITIES, !contacts.allPriorities().isEmpty()),
        new Step(Item.OFFICERS, contacts.officers().stream().anyMatch(o -> o.embassyId() != null)),
        new Step(Item.MEMBERS, moreThanOne || !members.pendingInvitations().isEmpty()),
        new Step(Item.SETTINGS, settings.savedOnce())),
        dismissed(actor));
  }

  /** Hides the checklist for the whole coalition. */
  @Transactional
  public void dismiss() {
    Actor actor = administrator();
    jdbc.sql("""
            insert into app.coalition_setup (tenant_id, dismissed_at, dismissed_by) values (:t, :at, :by)
            on conflict (tenant_id) do update set dismissed_at = excluded.dismissed_at, dismissed_by = excluded.dismissed_by""")
        .param("t", actor.tenantId()).param("at", Timestamp.from(clock.instant())).param("by", actor.username())
        .update();
  }

  private boolean dismissed(Actor actor) {
    return jdbc.sql("select count(*) from app.coalition_setup where tenant_id = :t and dismissed_at is not null")
        .param("t", actor.tenantId()).query(Long.class).single() > 0;
  }

  private static Actor administrator() {
    Actor actor = TenantContext.current();
    if (!MemberAdministration.mayAdminister(actor)) {
      throw new NotAllowedException("Only a coordinator or an admin of the coalition can set it up");
    }
    return actor;
  }
}
