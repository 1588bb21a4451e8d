package org.liaison.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.liaison.accounts.internal.AccountsProperties;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.PublicLinks;
import org.liaison.common.SecretTokens;
import org.liaison.mail.Outbox;
import org.liaison.mail.OutgoingMail;
import org.liaison.mail.SentMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * People, their local accounts and their Keycloak binding, and the platform admins. A person's
 * username is Liaison's stable key for them; with Keycloak, the token's subject maps to it (see
 * {@link #usernameForSubject}), so a renamed Keycloak account keeps its memberships and a new
 * account that takes over an old name gets none of them.
 */
@Service
public class Accounts {

  private static final Logger log = LoggerFactory.getLogger(Accounts.class);

  /** Reset mail goes out on the platform lane: it belongs to no coalition. */
  static final String RESET_KEY = "password-reset:";

  private final JdbcClient jdbc;
  private final InputValidator validator;
  private final PasswordEncoder passwords;
  private final Outbox outbox;
  private final PublicLinks links;
  private final AccountsProperties settings;
  private final Clock clock;

  Accounts(JdbcClient jdbc, InputValidator validator, PasswordEncoder passwords, Outbox outbox,
      PublicLinks links, AccountsProperties settings, Clock clock) {
    this.jdbc = jdbc;
    this.validator = validator;
    this.passwords = passwords;
    this.outbox = outbox;
    this.links = links;
    this.settings = settings;
    this.clock = clock;
  }

  // --- people ----------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<Person> person(String username) {
    return jdbc.sql("select username, display_name, email from app.person where username = :u")
        .param("u", username)
        .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  /**
   * The time zone a person chose for the screens, if any (the account page); without one the screens
   * use the browser's, then the coalition's.
   */
  @Transactional(readOnly = true)
  public Optional<ZoneId> timeZoneOf(String username) {
    return jdbc.sql("select time_zone from app.person where username = :u and time_zone is not null")
        .param("u", username).query(String.class).optional().flatMap(Accounts::zone);
  }

  /**
   * The signed-in person chooses the time zone their screens show times in (an IANA id such as
   * Europe/Berlin), or none (blank: the browser's). An unknown id: {@link InvalidInputException} on
   * {@code timeZone}, nothing changed.
   */
  @Transactional
  public Optional<ZoneId> chooseTimeZone(String timeZone) {
    String username = SignedIn.require();
    String id = timeZone == null ? "" : timeZone.strip();
    Optional<ZoneId> zone = id.isEmpty() ? Optional.empty() : zone(id);
    if (!id.isEmpty() && zone.isEmpty()) {
      throw InvalidInputException.of("timeZone",
          "'" + id + "' is not a time zone Liaison knows: choose one from the list, such as Europe/Berlin.");
    }
    jdbc.sql("update app.person set time_zone = :z where username = :u")
        .param("z", zone.map(ZoneId::getId).orElse(null)).param("u", username).update();
    log.info("'{}' chose the time zone {}", username, zone.map(ZoneId::getId).orElse("of their browser"));
    return zone;
  }

  private static Optional<ZoneId> zone(String id) {
    try {
      return ZoneId.getAvailableZoneIds().contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    } catch (RuntimeException unknown) {
      return Optional.empty();
    }
  }

  /** The people with these usernames that Liaison knows (others, e.g. from before accounts existed, are left out). */
  @Transactional(readOnly = true)
  public Map<String, Person> people(Collection<String> usernames) {
    Map<String, Person> found = new LinkedHashMap<>();
    if (usernames.isEmpty()) {
      return found;
    }
    jdbc.sql("select username, display_name, email from app.person where username = any(:u) order by username")
        .param("u", usernames.toArray(String[]::new))
        .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list()
        .forEach(p -> found.put(p.username(), p));
    return found;
  }

  /** The usernames of the people with this e-mail address (any case). */
  @Transactional(readOnly = true)
  public List<String> usernamesWithEmail(String email) {
    return jdbc.sql("select username from app.person where lower(email) = lower(:e) order by username")
        .param("e", email.strip())
        .query(String.class)
        .list();
  }

  /**
   * Creates a person with a local account and the password they chose, e.g. when accepting an
   * invitation; joins the caller's transaction, so a failure later in it creates nothing. Bad input
   * (username taken or malformed, weak password, the two passwords differ): an
   * {@link InvalidInputException} naming every field at fault.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Person createLocal(NewAccount input, String email) {
    NewAccount account = input.normalised();
    Map<String, String> problems = new LinkedHashMap<>();
    try {
      validator.check(account);
    } catch (InvalidInputException e) {
      problems.putAll(e.fieldErrors());
    }
    PasswordRule.problems(account.password(), account.passwordRepeat(), account.username()).forEach(problems::putIfAbsent);
    if (!problems.containsKey("username") && usernameTaken(account.username())) {
      problems.put("username", "The username '" + account.username() + "' is taken: choose another one.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Person person = insertPerson(account.username(), account.displayName(), email, null);
    setPasswordHash(person.username(), passwords.encode(account.password()));
    log.info("Created the local account '{}'", person.username());
    return person;
  }

  /**
   * Creates a person bound to a Keycloak subject (an invited person signing in with Keycloak for the
   * first time). Their username is Keycloak's preferred username if it is free and valid here, else
   * one derived from it; it never changes afterwards.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Person createForSubject(ExternalIdentity identity) {
    if (usernameForSubject(identity.subject()).isPresent()) {
      throw new IllegalStateException("Subject " + identity.subject() + " is already bound");
    }
    String username = freeUsername(identity.preferredUsername());
    String name = identity.displayName() == null || identity.displayName().isBlank() ? username : identity.displayName().strip();
    Person person = insertPerson(username, name, identity.email() == null ? "" : identity.email().strip(), identity.subject());
    log.info("Bound Keycloak subject {} to the new person '{}'", identity.subject(), username);
    return person;
  }

  /** The Liaison username a Keycloak subject is bound to, if any. */
  @Transactional(readOnly = true)
  public Optional<String> usernameForSubject(String subject) {
    if (subject == null || subject.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql("select username from app.person where oidc_subject = :s").param("s", subject).query(String.class).optional();
  }

  /**
   * Binds a Keycloak subject to a person who has none yet (the first platform admin, the demo's
   * people); returns false, changing nothing, when the person is bound already or the subject is.
   */
  @Transactional
  public boolean bindSubject(String username, String subject) {
    if (usernameForSubject(subject).isPresent()) {
      return false;
    }
    return jdbc.sql("update app.person set oidc_subject = :s where username = :u and oidc_subject is null")
        .param("s", subject).param("u", username).update() == 1;
  }

  // --- local sign-in ---------------------------------------------------------------------------

  /** The stored hash of a local account's password, for signing in; empty for an unknown username. */
  @Transactional(readOnly = true)
  public Optional<String> passwordHashOf(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return jdbc.sql("select password_hash from app.local_account where username = :u")
        .param("u", username.strip().toLowerCase(Locale.ROOT)).query(String.class).optional();
  }

  /** Whether the person has a local account (a password); Keycloak-only people have none. */
  @Transactional(readOnly = true)
  public boolean hasLocalAccount(String username) {
    return passwordHashOf(username).isPresent();
  }

  /**
   * The signed-in person changes their password, proving they know the current one. Wrong current
   * password or an unacceptable new one: {@link InvalidInputException}, nothing changed.
   */
  @Transactional
  public void changePassword(String current, String next, String repeat) {
    String username = SignedIn.require();
    String hash = passwordHashOf(username).orElseThrow(() ->
        new NotAllowedException("Your account signs in through Keycloak: change your password there"));
    Map<String, String> problems = new LinkedHashMap<>();
    if (current == null || !passwords.matches(current, hash)) {
      problems.put("currentPassword", "This is not your current password.");
    }
    problems.putAll(PasswordRule.problems(next, repeat, username));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    setPasswordHash(username, passwords.encode(next));
    log.info("'{}' changed their password", username);
  }

  /**
   * Mails a single-use, expiring reset link to each local account with this username or e-mail.
   * Answers the same whether or not one exists, so the form cannot be used to find out who has an
   * account; an account that already got {@code resetsPerHour} links in the last hour gets no more.
   */
  @Transactional
  public void requestPasswordReset(String usernameOrEmail) {
    if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
      throw InvalidInputException.of("usernameOrEmail", "Give your username or your e-mail address.");
    }
    String key = usernameOrEmail.strip();
    List<Person> matches = jdbc.sql("""
            select p.username, p.display_name, p.email from app.person p join app.local_account a on a.username = p.username
             where p.username = lower(:k) or lower(p.email) = lower(:k)
             order by p.username limit 5""")
        .param("k", key)
        .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
    Instant now = clock.instant();
    for (Person person : matches) {
      long recent = jdbc.sql("select count(*) from app.password_reset where username = :u and created_at > :since")
          .param("u", person.username()).param("since", Timestamp.from(now.minusSeconds(3600))).query(Long.class).single();
      if (recent >= settings.resetsPerHour() || person.email().isBlank()) {
        log.info("No reset link for '{}': {}", person.username(), person.email().isBlank() ? "no e-mail address" : "too many in the last hour");
        continue;
      }
      String token = SecretTokens.newToken();
      String hash = SecretTokens.hash(token);
      Instant expires = now.plus(settings.resetValidFor());
      jdbc.sql("insert into app.password_reset (token_hash, username, created_at, expires_at) values (:h, :u, :now, :exp)")
          .param("h", hash).param("u", person.username()).param("now", Timestamp.from(now)).param("exp", Timestamp.from(expires))
          .update();
      String link = links.to("/reset-password/" + token);
      outbox.enqueuePlatform(new OutgoingMail(RESET_KEY + hash, List.of(person.email()), "Reset your Liaison password",
          "Hello " + person.displayName() + ",\n\nsomeone (we hope you) asked to reset the password of your Liaison account '"
              + person.username() + "'. Open this link to choose a new password:\n\n" + link + "\n\nThe link works once, until "
              + expires + " (UTC). If you did not ask for it, ignore this message: your password stays as it is.\n"),
          List.of(token));
      log.info("Mailed a password reset link to '{}'", person.username());
    }
  }

  /** What a reset link is worth now, without using it. */
  @Transactional(readOnly = true)
  public ResetLink resetLink(String token) {
    if (!SecretTokens.wellFormed(token)) {
      return ResetLink.of(ResetLink.State.INVALID);
    }
    return jdbc.sql("select username, expires_at, used_at from app.password_reset where token_hash = :h")
        .param("h", SecretTokens.hash(token))
        .query((rs, n) -> rs.getTimestamp("used_at") != null ? ResetLink.of(ResetLink.State.USED)
            : !rs.getTimestamp("expires_at").toInstant().isAfter(clock.instant()) ? ResetLink.of(ResetLink.State.EXPIRED)
            : new ResetLink(ResetLink.State.VALID, rs.getString("username")))
        .optional()
        .orElse(ResetLink.of(ResetLink.State.INVALID));
  }

  /**
   * Sets a new password with a reset link, which is used up (with every other open link of the
   * account). A link that is not valid: {@link ResetLinkNotUsableException}; an unacceptable password:
   * {@link InvalidInputException}; either way nothing changes. Returns the account's username.
   */
  @Transactional
  public String resetPassword(String token, String password, String repeat) {
    ResetLink link = resetLink(token);
    if (link.state() != ResetLink.State.VALID) {
      throw new ResetLinkNotUsableException(link.state());
    }
    // the row lock makes the link single-use also when it is submitted twice at once
    int claimed = jdbc.sql("update app.password_reset set used_at = :now where token_hash = :h and used_at is null")
        .param("now", Timestamp.from(clock.instant())).param("h", SecretTokens.hash(token)).update();
    if (claimed != 1) {
      throw new ResetLinkNotUsableException(ResetLink.State.USED);
    }
    Map<String, String> problems = PasswordRule.problems(password, repeat, link.username());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    setPasswordHash(link.username(), passwords.encode(password));
    jdbc.sql("update app.password_reset set used_at = :now where username = :u and used_at is null")
        .param("now", Timestamp.from(clock.instant())).param("u", link.username()).update();
    log.info("'{}' set a new password with a reset link", link.username());
    return link.username();
  }

  // --- platform admins -------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public boolean isPlatformAdmin(String username) {
    return username != null && jdbc.sql("select count(*) from app.platform_admin where username = :u")
        .param("u", username).query(Long.class).single() > 0;
  }

  /** The signed-in person, who must be a platform admin. */
  @Transactional(readOnly = true)
  public String requirePlatformAdmin() {
    String username = SignedIn.require();
    if (!isPlatformAdmin(username)) {
      throw new NotAllowedException("Only a platform admin can do this");
    }
    return username;
  }

  @Transactional(readOnly = true)
  public boolean anyPlatformAdmin() {
    return jdbc.sql("select count(*) from app.platform_admin").query(Long.class).single() > 0;
  }

  /** The e-mail addresses of the platform admins, for alerts that concern the whole installation. */
  @Transactional(readOnly = true)
  public List<String> platformAdminEmails() {
    return jdbc.sql("""
            select distinct p.email from app.platform_admin a join app.person p on p.username = a.username
             order by p.email""")
        .query(String.class).list();
  }

  /** Makes an existing person a platform admin. */
  @Transactional
  public void grantPlatformAdmin(String username, String grantedBy) {
    jdbc.sql("""
            insert into app.platform_admin (username, granted_at, granted_by) values (:u, :at, :by)
            on conflict (username) do nothing""")
        .param("u", username).param("at", Timestamp.from(clock.instant())).param("by", grantedBy).update();
  }

  /**
   * Mail that belongs to no coalition (password reset links), newest first; for platform admins. Links
   * are masked unless the mail catcher is where such mail arrives.
   */
  @Transactional(readOnly = true)
  public List<SentMail> platformMail(int limit) {
    requirePlatformAdmin();
    return outbox.platformRecent(limit);
  }

  // --- for the demo and the first platform admin ----------------------------------------------

  /**
   * Creates a person with a local account whose password hash is given as is (the demo's shared
   * password, seeded in the embedded default only), unless the username exists; returns whether it did.
   */
  @Transactional
  public boolean ensurePerson(Person person, String passwordHash) {
    if (usernameTaken(person.username())) {
      return false;
    }
    insertPerson(person.username(), person.displayName(), person.email(), null);
    if (passwordHash != null) {
      setPasswordHash(person.username(), passwordHash);
    }
    return true;
  }

  /** Checks a password against the rule and hashes it (for the first platform admin from the environment). */
  public String hashAcceptablePassword(String password, String username) {
    Map<String, String> problems = PasswordRule.problems(password, null, username);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return passwords.encode(password);
  }

  /** The hash of a password, unchecked; for the demo's shared password only. */
  public String hashDemoPassword(String password) {
    return passwords.encode(password);
  }

  // --- helpers ---------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public boolean usernameTaken(String username) {
    return jdbc.sql("select count(*) from app.person where username = :u").param("u", username).query(Long.class).single() > 0;
  }

  private Person insertPerson(String username, String displayName, String email, String subject) {
    jdbc.sql("""
            insert into app.person (username, display_name, email, oidc_subject, created_at)
            values (:u, :name, :email, :subject, :at)""")
        .param("u", username).param("name", displayName).param("email", email).param("subject", subject)
        .param("at", Timestamp.from(clock.instant()))
        .update();
    return new Person(username, displayName, email);
  }

  private void setPasswordHash(String username, String hash) {
    jdbc.sql("""
            insert into app.local_account (username, password_hash, password_changed_at) values (:u, :h, :at)
            on conflict (username) do update set password_hash = excluded.password_hash,
                   password_changed_at = excluded.password_changed_at""")
        .param("u", username).param("h", hash).param("at", Timestamp.from(clock.instant())).update();
  }

  /** A free, valid username from what Keycloak calls the person: {@code ana}, else {@code ana-2}, … */
  private String freeUsername(String preferred) {
    String base = preferred == null ? "" : preferred.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-")
        .replaceAll("^[^a-z0-9]+", "");
    if (base.length() < 2) {
      base = "person" + base;
    }
    base = base.length() > 34 ? base.substring(0, 34) : base;
    String candidate = base;
    for (int i = 2; usernameTaken(candidate); i++) {
      candidate = base + "-" + i;
    }
    return candidate;
  }
}
