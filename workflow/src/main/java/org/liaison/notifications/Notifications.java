package org.liaison.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.liaison.common.PublicLinks;
import org.liaison.mail.Outbox;
import org.liaison.mail.OutgoingMail;
import org.liaison.notifications.internal.NoticeStore;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.RegisteredCoalition;
import org.liaison.tenancy.Coalitions;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.RowSecurity;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells members of a coalition what needs them: a notice under the bell and a mail through the
 * outbox, at once or in the member's daily digest. Exactly once per event and member: each notice
 * is keyed by what happened ({@code assigned:<task>:<member>}), and its mail by the notice, so a
 * retried job or listener writes and mails nothing twice. Only members of the coalition the event
 * belongs to are ever told.
 */
@Slf4j
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Notifications {

  /** The most notices the bell lists. */
  public static final int LATEST_MAX = 50;
  /** The most tasks one run of the due-date scan reads per coalition and kind. */
  static final int SCAN_BATCH = 200;
  /** The most notices one digest lists. */
  static final int DIGEST_MAX = 50;
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private final NoticeStore store;
  private final MemberProfiles profiles;
  private final MembershipService memberships;
  private final Coalitions coalitions;
  private final WorkflowEngine workflow;
  private final Outbox outbox;
  private final PublicLinks links;
  private final RowSecurity rowSecurity;
  private final TransactionTemplate transactions;
  private final Clock clock;

  /**
   * Tells these members of the coalition about one event, once each: the notice and, for those who
   * want each at once and have an address, its mail. Joins the caller's transaction and binds the
   * coalition (engine listeners and jobs run for no user). People who are not members are skipped.
   *
   * @return how many were told now (not before)
   */
  @Transactional
  public int tell(String tenantId, Collection<String> usernames, String eventKey, NoticeKind kind, String title,
      String link) {
    rowSecurity.bindTenant(tenantId);
    return tellMembers(tenantId, usernames.stream().distinct()
        .filter(u -> !memberships.rolesOf(tenantId, u).isEmpty()).toList(), eventKey, kind, title, link);
  }

  /** {@link #tell} for people known to be members of the bound coalition. */
  private int tellMembers(String tenantId, List<String> members, String eventKey, NoticeKind kind, String title,
      String link) {
    if (members.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    Map<String, MemberProfile> byMember = profiles.profiles(tenantId, members);
    String coalition = memberships.coalition(tenantId).map(Coalition::name).orElse(tenantId);
    int told = 0;
    for (String username : members) {
      var written = store.insert(tenantId, username, eventKey, kind, title, link, now);
      if (written.isEmpty()) {
        continue;
      }
      told++;
      MemberProfile profile = byMember.get(username);
      if (profile.mail() == MailChoice.EACH && profile.email() != null) {
        outbox.enqueue(new OutgoingMail("notice:" + eventKey + ":" + username, List.of(profile.email()),
            "[" + coalition + "] " + title,
            title + "\n\n" + (link == null ? "" : "Open it in Liaison: " + links.to(link) + "\n\n")
                + "You get this mail as a member of " + coalition + ". To get one daily digest instead, or to change "
                + "the address, open Notices in Liaison (the bell at the top).\n"));
        store.mailed(tenantId, List.of(written.get()), now);
      }
    }
    return told;
  }

  /** Tells every member of the coalition holding {@code role}, once each (see {@link #tell}). */
  @Transactional
  public int tellRole(String tenantId, Role role, String eventKey, NoticeKind kind, String title, String link) {
    rowSecurity.bindTenant(tenantId);
    List<String> holders = memberships.rolesByMember(tenantId).entrySet().stream()
        .filter(e -> e.getValue().contains(role)).map(Map.Entry::getKey).sorted().toList();
    return tellMembers(tenantId, holders, eventKey, kind, title, link); // members by construction: no check each
  }

  /** The current user's latest notices in the current coalition, newest first (at most {@value #LATEST_MAX}). */
  @Transactional(readOnly = true)
  public List<Notice> latest() {
    Actor actor = TenantContext.current();
    return store.latest(actor.tenantId(), actor.username(), LATEST_MAX);
  }

  /** How many of the current user's notices in the current coalition are unread. */
  @Transactional(readOnly = true)
  public long unread() {
    Actor actor = TenantContext.current();
    return store.unread(actor.tenantId(), actor.username());
  }

  /** Marks one of the current user's notices read (another's, or another coalition's, changes nothing). */
  @Transactional
  public boolean markRead(UUID id) {
    Actor actor = TenantContext.current();
    return id != null && store.markRead(actor.tenantId(), actor.username(), id, clock.instant()) == 1;
  }

  /** Marks all of the current user's notices in the current coalition read. */
  @Transactional
  public int markAllRead() {
    Actor actor = TenantContext.current();
    return store.markRead(actor.tenantId(), actor.username(), null, clock.instant());
  }

  /**
   * The due-date scan, for the scheduled job: in each coalition, tells the holder of every task that
   * became due within a day (due-soon) or passed its due date (overdue) since the last scan, reading
   * only those tasks, never every overdue task again. Each coalition in its own transaction.
   *
   * @return how many notices were written
   */
  public int noticeDueTasks(Instant now) {
    return eachCoalition("due-date notices", tenantId -> noticeDueTasks(tenantId, now));
  }

  /** Runs a platform job's work for each coalition in a transaction of its own; one failing stops none of the others. */
  private int eachCoalition(String job, java.util.function.ToIntFunction<String> work) {
    int total = 0;
    for (RegisteredCoalition coalition : coalitions.all()) {
      try {
        Integer n = transactions.execute(tx -> work.applyAsInt(coalition.id()));
        total += n == null ? 0 : n;
      } catch (RuntimeException e) {
        log.error("The {} of coalition {} failed; the next run tries again", job, coalition.id(), e);
      }
    }
    return total;
  }

  /** The due-date scan of one coalition (see {@link #noticeDueTasks(Instant)}), in the caller's transaction or its own. */
  @Transactional
  public int noticeDueTasks(String tenantId, Instant now) {
    rowSecurity.bindTenant(tenantId);
    Instant since = store.scannedUntil(tenantId).orElse(now.minusSeconds(3600));
    if (!since.isBefore(now)) {
      return 0;
    }
    Instant until = now;
    int told = 0;
    List<WorkItem> overdue = workflow.assignedDueBetween(tenantId, since, now, SCAN_BATCH);
    if (overdue.size() == SCAN_BATCH) {
      until = overdue.get(overdue.size() - 1).due();
    }
    List<WorkItem> soon = workflow.assignedDueBetween(tenantId, since.plusSeconds(86_400), until.plusSeconds(86_400),
        SCAN_BATCH);
    if (soon.size() == SCAN_BATCH) {
      Instant last = soon.get(soon.size() - 1).due().minusSeconds(86_400);
      until = last.isBefore(until) ? last : until;
      Instant limit = until;
      overdue = overdue.stream().filter(t -> !t.due().isAfter(limit)).toList();
    }
    for (WorkItem task : overdue) {
      told += tell(tenantId, List.of(task.assignee()), "overdue:" + task.id() + ":" + task.due().toEpochMilli(),
          NoticeKind.OVERDUE, quoted(task) + " is overdue: it was due " + DUE.format(task.due()) + ".",
          "/tasks/" + task.id());
    }
    Instant soonUntil = until.plusSeconds(86_400);
    for (WorkItem task : soon.stream().filter(t -> !t.due().isAfter(soonUntil)).toList()) {
      told += tell(tenantId, List.of(task.assignee()), "due-soon:" + task.id() + ":" + task.due().toEpochMilli(),
          NoticeKind.DUE_SOON, quoted(task) + " is due within a day: " + DUE.format(task.due()) + ".",
          "/tasks/" + task.id());
    }
    store.scanned(tenantId, until);
    return told;
  }

  /**
   * The daily digest, for the scheduled job: one mail per member who chose it, listing their notices
   * not mailed yet (at most {@value #DIGEST_MAX}); at most one digest per member and day.
   *
   * @return how many digests were queued
   */
  public int sendDigests(Instant now) {
    return eachCoalition("notice digests", tenantId -> sendDigests(tenantId, now));
  }

  /** The digests of one coalition (see {@link #sendDigests(Instant)}). */
  @Transactional
  public int sendDigests(String tenantId, Instant now) {
    rowSecurity.bindTenant(tenantId);
    LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
    Map<String, List<Notice>> digests = store.digests(tenantId, 500, DIGEST_MAX);
    if (digests.isEmpty()) {
      return 0;
    }
    Map<String, MemberProfile> byMember = profiles.profiles(tenantId, digests.keySet());
    String coalition = memberships.coalition(tenantId).map(Coalition::name).orElse(tenantId);
    int sent = 0;
    for (var entry : digests.entrySet()) {
      MemberProfile profile = byMember.get(entry.getKey());
      List<UUID> ids = new ArrayList<>();
      entry.getValue().forEach(n -> ids.add(n.id()));
      if (profile.email() != null && !memberships.rolesOf(tenantId, entry.getKey()).isEmpty()) {
        outbox.enqueue(new OutgoingMail("digest:" + day + ":" + entry.getKey() + ":" + ids.get(0),
            List.of(profile.email()),
            "[" + coalition + "] " + entry.getValue().size() + " notice" + (entry.getValue().size() == 1 ? "" : "s")
                + " for you",
            "What needs you in " + coalition + ":\n\n" + entry.getValue().stream()
                .map(n -> "- " + n.title() + (n.link() == null ? "" : "\n  " + links.to(n.link())))
                .collect(Collectors.joining("\n"))
                + "\n\nYou get one digest a day. To get each notice at once instead, open Notices in Liaison (the bell at the top).\n"));
        sent++;
      }
      store.mailed(tenantId, ids, now);
    }
    return sent;
  }

  private static String quoted(WorkItem task) {
    return "\"" + task.name() + "\"" + (task.businessKey() == null ? "" : " for " + task.businessKey());
  }
}
