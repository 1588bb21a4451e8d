package org.liaison.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotFoundException;
import org.liaison.common.SecretTokens;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.RowSecurity;
import org.liaison.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens: what integrations call the API with instead of a person's password. A person
 * creates one for one of their coalitions, with a name and an expiry; it is shown once
 * ({@code lia_<coalition>.<secret>}) and stored only as its SHA-256. It works until it expires or is
 * revoked, and only while its person is still a member of that coalition (the API checks the
 * membership on every request). Checking a token is one indexed lookup, not a BCrypt hash.
 */
@Service
@RequiredArgsConstructor
public class ApiTokens {

  /** How long a token may live at most. */
  public static final Duration LONGEST = Duration.ofDays(366);
  /** Open tokens a person may hold at once, across their coalitions. */
  public static final int MOST_OPEN = 20;
  static final String PREFIX = "lia_";
  private static final Pattern SHAPE = Pattern.compile("lia_([a-z0-9][a-z0-9-]{0,39})\\.([A-Za-z0-9_-]{43})");

  private final JdbcClient jdbc;
  private final MembershipService memberships;
  private final RowSecurity rowSecurity;
  private final InputValidator validator;
  private final TransactionTemplate tx;
  private final Clock clock;

  /** A token as its person sees it in the list: never the token itself. */
  public record ApiToken(UUID id, String tenantId, String name, Instant createdAt, Instant expiresAt,
      Instant lastUsedAt, Instant revokedAt) {

    public boolean usable(Instant now) {
      return revokedAt == null && expiresAt.isAfter(now);
    }
  }

  /** A new token, and the only time its secret is shown. */
  public record CreatedToken(ApiToken token, String secret) {}

  /** Who a token speaks for, and in which coalition. */
  public record TokenHolder(String username, String tenantId, UUID tokenId) {}

  /**
   * Creates a token for {@code username} in {@code tenantId}, valid for {@code validFor} (a day to a
   * year). Refuses a coalition the person is not a member of, a blank or too long name, and more than
   * {@value #MOST_OPEN} open tokens.
   */
  public CreatedToken create(String username, String tenantId, String name, Duration validFor) {
    String label = name == null ? "" : name.strip();
    if (label.isEmpty()) {
      throw InvalidInputException.of("name", "Name the token after what uses it, e.g. \"Monthly export\".");
    }
    if (label.length() > 100) {
      throw InvalidInputException.of("name", "Keep the name to 100 characters.");
    }
    validator.checkText("name", label);
    if (validFor == null || validFor.compareTo(Duration.ofDays(1)) < 0 || validFor.compareTo(LONGEST) > 0) {
      throw InvalidInputException.of("validFor", "A token lives from one day to one year.");
    }
    var actor = memberships.actorFor(username, tenantId); // refuses a coalition the person is not in
    if (list(username).stream().filter(t -> t.usable(clock.instant())).count() >= MOST_OPEN) {
      throw InvalidInputException.of("name", "You have " + MOST_OPEN + " open tokens: revoke one you no longer use first.");
    }
    Instant now = clock.instant();
    String secret = PREFIX + tenantId + "." + SecretTokens.newToken();
    UUID id = UUID.randomUUID();
    TenantContext.runAs(actor, () -> tx.executeWithoutResult(status -> jdbc.sql("""
            insert into app.api_token (id, tenant_id, username, name, token_hash, created_at, expires_at)
            values (:id, :tenant, :username, :name, :hash, :now, :expires)""")
        .param("id", id).param("tenant", tenantId).param("username", username).param("name", label)
        .param("hash", SecretTokens.hash(secret)).param("now", Timestamp.from(now))
        .param("expires", Timestamp.from(now.plus(validFor))).update()));
    return new CreatedToken(new ApiToken(id, tenantId, label, now, now.plus(validFor), null, null), secret);
  }

  /** The person's tokens in every coalition, newest first (at most 100: open ones and the latest revoked). */
  public List<ApiToken> list(String username) {
    var actor = memberships.membershipsOf(username).stream().findFirst().map(m -> m.actor(username)).orElse(null);
    if (actor == null) {
      return List.of();
    }
    return TenantContext.callAs(actor, () -> tx.execute(status -> jdbc.sql("""
            select id, tenant_id, name, created_at, expires_at, last_used_at, revoked_at from app.api_token
             where username = :username order by created_at desc, id limit 100""")
        .param("username", username)
        .query((rs, n) -> new ApiToken(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)),
            instant(rs.getTimestamp(7))))
        .list()));
  }

  /** Revokes one of the person's own tokens at once; someone else's is not found. */
  public void revoke(String username, UUID id) {
    var actor = memberships.membershipsOf(username).stream().findFirst().map(m -> m.actor(username))
        .orElseThrow(() -> new NotFoundException("token " + id));
    int changed = TenantContext.callAs(actor, () -> tx.execute(status -> jdbc.sql(
            "update app.api_token set revoked_at = coalesce(revoked_at, :now) where id = :id and username = :username")
        .param("now", Timestamp.from(clock.instant())).param("id", id).param("username", username).update()));
    if (changed == 0) {
      throw new NotFoundException("token " + id);
    }
  }

  /**
   * Who a presented token speaks for, if it is one of ours, unrevoked and unexpired. Marks it used
   * (at most once a minute, so a busy integration does not write on every request).
   */
  @Transactional
  public Optional<TokenHolder> holderOf(String presented) {
    Matcher shape = presented == null ? null : SHAPE.matcher(presented);
    if (shape == null || !shape.matches()) {
      return Optional.empty();
    }
    rowSecurity.bindTenant(shape.group(1));
    Instant now = clock.instant();
    Optional<TokenHolder> holder = jdbc.sql("""
            select username, tenant_id, id from app.api_token
             where token_hash = :hash and tenant_id = :tenant and revoked_at is null and expires_at > :now""")
        .param("hash", SecretTokens.hash(presented)).param("tenant", shape.group(1)).param("now", Timestamp.from(now))
        .query((rs, n) -> new TokenHolder(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class))).optional();
    holder.ifPresent(h -> jdbc.sql("""
            update app.api_token set last_used_at = :now
             where id = :id and (last_used_at is null or last_used_at < :minuteAgo)""")
        .param("now", Timestamp.from(now)).param("minuteAgo", Timestamp.from(now.minusSeconds(60)))
        .param("id", h.tokenId()).update());
    return holder;
  }

  /** Whether the text is shaped like one of Liaison's tokens (so a JWT is left to others). */
  public static boolean looksLikeOurs(String presented) {
    return presented != null && presented.startsWith(PREFIX);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
