package org.liaison.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.Person;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.notifications.internal.NoticeStore;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.RowSecurity;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.StandIns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's profile in the current coalition: where notices are mailed, at once or as a daily
 * digest, and when they are away with who stands in. Each member changes their own; a coordinator
 * anyone's. While a member is away, tasks created for them as owner go to their stand-in.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MemberProfiles implements StandIns {

  /** The most absences {@link #away()} lists. */
  public static final int AWAY_MAX = 200;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

  private final NoticeStore store;
  private final MembershipService memberships;
  private final Accounts accounts;
  private final RowSecurity rowSecurity;
  private final Clock clock;

  /** The current user's profile in the current coalition. */
  @Transactional(readOnly = true)
  public MemberProfile mine() {
    Actor actor = TenantContext.current();
    return profile(actor.tenantId(), actor.username());
  }

  /** A member's profile: their own, or anyone's for a coordinator. */
  @Transactional(readOnly = true)
  public MemberProfile of(String username) {
    Actor actor = mayChange(username);
    return profile(actor.tenantId(), username);
  }

  /**
   * Sets where a member's notices go for this coalition and how: an address (blank: their own
   * person's address) and each at once or a daily digest. Bad input: a message on the field, nothing changed.
   */
  @Transactional
  public MemberProfile changeMail(String username, String email, MailChoice mail) {
    Actor actor = mayChange(username);
    String address = email == null ? "" : email.strip();
    if (!address.isEmpty() && (address.length() > 320 || !EMAIL.matcher(address).matches())) {
      throw InvalidInputException.of("email", "Write an e-mail address such as name@example.org, or leave it empty to use "
          + "the address of the account.");
    }
    if (mail == null) {
      throw InvalidInputException.of("mail", "Choose each notice at once or one daily digest.");
    }
    MemberProfile now = profile(actor.tenantId(), username);
    MemberProfile changed = new MemberProfile(username, address.isEmpty() ? null : address, !address.isEmpty(), mail,
        now.awayFrom(), now.awayTo(), now.standIn());
    store.save(actor.tenantId(), changed, actor.username(), clock.instant());
    return profile(actor.tenantId(), username);
  }

  /**
   * Marks a member away from one day to another (both included) with a colleague who takes their new
   * tasks meanwhile; {@code from} null marks them back. The stand-in must be another member of this
   * coalition. Bad input: a message on the field, nothing changed.
   */
  @Transactional
  public MemberProfile setAway(String username, LocalDate from, LocalDate to, String standIn) {
    Actor actor = mayChange(username);
    MemberProfile now = profile(actor.tenantId(), username);
    MemberProfile changed;
    if (from == null && to == null) {
      changed = new MemberProfile(username, now.ownEmail() ? now.email() : null, now.ownEmail(), now.mail(), null, null, null);
    } else {
      if (from == null) {
        throw InvalidInputException.of("awayFrom", "Choose the first day away.");
      }
      if (to == null) {
        throw InvalidInputException.of("awayTo", "Choose the last day away.");
      }
      if (to.isBefore(from)) {
        throw InvalidInputException.of("awayTo", "The last day away cannot be before the first.");
      }
      if (to.isBefore(LocalDate.now(clock))) {
        throw InvalidInputException.of("awayTo", "The last day away is already past: choose today or a later day.");
      }
      if (to.isAfter(from.plusYears(1))) {
        throw InvalidInputException.of("awayTo", "An absence can last a year at most.");
      }
      String colleague = standIn == null ? "" : standIn.strip();
      if (colleague.isEmpty()) {
        throw InvalidInputException.of("standIn", "Choose the colleague who takes the new tasks meanwhile.");
      }
      if (colleague.equals(username)) {
        throw InvalidInputException.of("standIn", "Choose someone else: a stand-in cannot be the person who is away.");
      }
      if (memberships.rolesOf(actor.tenantId(), colleague).isEmpty()) {
        throw InvalidInputException.of("standIn", colleague + " is not a member of this coalition.");
      }
      changed = new MemberProfile(username, now.ownEmail() ? now.email() : null, now.ownEmail(), now.mail(), from, to,
          colleague);
    }
    store.save(actor.tenantId(), changed, actor.username(), clock.instant());
    return profile(actor.tenantId(), username);
  }

  /** Who is away today or later, soonest first (at most {@value #AWAY_MAX}): for coordinators. */
  @Transactional(readOnly = true)
  public List<MemberProfile> away() {
    Actor actor = TenantContext.current();
    if (!actor.has(Role.COORDINATOR) && !actor.has(Role.ADMIN)) {
      throw new NotAllowedException("Only a coordinator sees who is away");
    }
    return store.away(actor.tenantId(), LocalDate.now(clock), AWAY_MAX);
  }

  /** For the engine, when a task is created for an owner: binds the task's coalition (also on the job executor). */
  @Override
  @Transactional
  public Optional<String> standInFor(String tenantId, String username) {
    rowSecurity.bindTenant(tenantId);
    return store.profile(tenantId, username).filter(p -> p.awayOn(LocalDate.now(clock)))
        .map(MemberProfile::standIn)
        .filter(s -> !memberships.rolesOf(tenantId, s).isEmpty());
  }

  /** The address each member's notices go to in this coalition (none for a person without one). */
  @Transactional(readOnly = true)
  public Map<String, MemberProfile> profiles(String tenantId, Collection<String> usernames) {
    Map<String, MemberProfile> own = store.profiles(tenantId, usernames);
    Map<String, Person> people = accounts.people(usernames);
    Map<String, MemberProfile> all = new LinkedHashMap<>();
    for (String username : usernames) {
      MemberProfile p = own.get(username);
      String personal = people.containsKey(username) ? people.get(username).email() : null;
      all.put(username, p == null ? new MemberProfile(username, personal, false, MailChoice.EACH, null, null, null)
          : p.ownEmail() ? p : new MemberProfile(username, personal, false, p.mail(), p.awayFrom(), p.awayTo(), p.standIn()));
    }
    return all;
  }

  private MemberProfile profile(String tenantId, String username) {
    return profiles(tenantId, Set.of(username)).get(username);
  }

  private Actor mayChange(String username) {
    Actor actor = TenantContext.current();
    if (username == null || username.isBlank()) {
      throw InvalidInputException.of("username", "Choose a member.");
    }
    if (!username.equals(actor.username()) && !actor.has(Role.COORDINATOR)) {
      throw new NotAllowedException("Only a coordinator can change another member's notices or absence");
    }
    if (memberships.rolesOf(actor.tenantId(), username).isEmpty()) {
      throw InvalidInputException.of("username", username + " is not a member of this coalition.");
    }
    return actor;
  }
}
