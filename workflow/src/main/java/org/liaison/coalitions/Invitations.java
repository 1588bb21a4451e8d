package org.liaison.coalitions;

import java.time.Clock;
import java.time.Instant;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.ExternalIdentity;
import org.liaison.accounts.NewAccount;
import org.liaison.accounts.Person;
import org.liaison.accounts.SignedIn;
import org.liaison.coalitions.internal.InvitationSender;
import org.liaison.coalitions.internal.InvitationStore;
import org.liaison.coalitions.internal.MembershipAudit;
import org.liaison.coalitions.internal.StoredInvitation;
import org.liaison.common.SecretTokens;
import org.liaison.tenancy.Coalitions;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.RegisteredCoalition;
import org.liaison.tenancy.RowSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepting an invitation. The link carries the coalition and a token; the token is looked up by
 * its hash in that coalition alone, so a link of another coalition, an altered one and an unknown
 * one all read as not valid. Accepting creates the membership and marks the invitation used in one
 * transaction with whatever else it needs (a new local account, a Keycloak binding): a refusal at
 * any point creates nothing.
 *
 * <p>The page answers the same for every address: whether the invited address already has an
 * account is never shown. Someone with an account signs in and accepts as themselves; anyone else
 * creates an account (or, with Keycloak, signs in or registers there).
 */
@Service
public class Invitations {

  /** An e-mail address as invitations accept it: something@domain.tld, no spaces. */
  public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  private static final Logger log = LoggerFactory.getLogger(Invitations.class);

  private final InvitationStore store;
  private final MembershipAudit audit;
  private final MembershipService memberships;
  private final Coalitions coalitions;
  private final Accounts accounts;
  private final RowSecurity rowSecurity;
  private final Clock clock;

  Invitations(InvitationStore store, MembershipAudit audit, MembershipService memberships, Coalitions coalitions,
      Accounts accounts, RowSecurity rowSecurity, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.memberships = memberships;
    this.coalitions = coalitions;
    this.accounts = accounts;
    this.rowSecurity = rowSecurity;
    this.clock = clock;
  }

  /** What a link is worth now, without using it; for the invitation page. */
  @Transactional(readOnly = true)
  public InvitationDetails inspect(String coalitionId, String token) {
    RegisteredCoalition coalition = coalition(coalitionId, token);
    if (coalition == null) {
      return InvitationDetails.invalid();
    }
    rowSecurity.bindTenant(coalition.id());
    return store.byToken(coalition.id(), SecretTokens.hash(token))
        .map(i -> new InvitationDetails(state(i, coalition), coalition.id(), coalition.coalition().name(), i.email(),
            i.roles(), i.expiresAt()))
        .orElse(InvitationDetails.invalid());
  }

  /**
   * Accepts with a new local account the person sets up now (username, name, password); the
   * account's e-mail is the invited address. Returns the new username. Bad account details:
   * {@link org.liaison.common.InvalidInputException}; a link that cannot be used:
   * {@link InvitationNotUsableException}; either way nothing is created.
   */
  @Transactional
  public String acceptWithNewAccount(String coalitionId, String token, NewAccount account) {
    StoredInvitation invitation = usable(coalitionId, token);
    Person person = accounts.createLocal(account, invitation.email());
    join(invitation, person.username());
    return person.username();
  }

  /** Accepts as the signed-in person (a local account, or a Keycloak account already bound to a person). */
  @Transactional
  public String acceptAsSignedIn(String coalitionId, String token) {
    String username = SignedIn.require();
    if (accounts.person(username).isEmpty()) {
      throw new IllegalStateException("'" + username + "' is not a Liaison person; accept with the Keycloak identity");
    }
    join(usable(coalitionId, token), username);
    return username;
  }

  /**
   * Accepts as the person Keycloak signed in: the person bound to the token's subject, or, at their
   * first acceptance, a new person bound to it (never to a name, which can change or be reused).
   */
  @Transactional
  public String acceptWithIdentity(String coalitionId, String token, ExternalIdentity identity) {
    StoredInvitation invitation = usable(coalitionId, token);
    String username = accounts.usernameForSubject(identity.subject())
        .orElseGet(() -> accounts.createForSubject(identity).username());
    join(invitation, username);
    return username;
  }

  private StoredInvitation usable(String coalitionId, String token) {
    RegisteredCoalition coalition = coalition(coalitionId, token);
    if (coalition == null) {
      throw new InvitationNotUsableException(InvitationNotUsableException.Reason.INVALID);
    }
    rowSecurity.bindTenant(coalition.id());
    StoredInvitation invitation = store.byTokenForUpdate(coalition.id(), SecretTokens.hash(token))
        .orElseThrow(() -> new InvitationNotUsableException(InvitationNotUsableException.Reason.INVALID));
    InvitationState state = state(invitation, coalition);
    if (state != InvitationState.VALID) {
      throw InvitationNotUsableException.of(state);
    }
    return invitation;
  }

  private void join(StoredInvitation invitation, String username) {
    if (username.equals(invitation.invitedBy())) {
      throw new InvitationNotUsableException(InvitationNotUsableException.Reason.OWN_INVITATION);
    }
    memberships.lockMemberships(invitation.tenantId());
    if (!memberships.rolesOf(invitation.tenantId(), username).isEmpty()) {
      throw new InvitationNotUsableException(InvitationNotUsableException.Reason.ALREADY_MEMBER);
    }
    Instant now = clock.instant();
    memberships.grant(invitation.tenantId(), username, invitation.roles());
    store.markAccepted(invitation.id(), username, now);
    audit.record(invitation.tenantId(), now, username, username, AuditAction.ACCEPTED,
        "invited as " + invitation.email() + " by " + invitation.invitedBy() + ", as "
            + InvitationSender.describe(invitation.roles()));
    log.info("'{}' accepted the invitation {} and joined coalition '{}'", username, invitation.id(), invitation.tenantId());
  }

  private InvitationState state(StoredInvitation i, RegisteredCoalition coalition) {
    if (i.acceptedAt() != null) {
      return InvitationState.USED;
    }
    if (i.revokedAt() != null) {
      return InvitationState.REVOKED;
    }
    if (!i.expiresAt().isAfter(clock.instant())) {
      return InvitationState.EXPIRED;
    }
    if (!coalition.active()) {
      return InvitationState.SUSPENDED;
    }
    return InvitationState.VALID;
  }

  private RegisteredCoalition coalition(String coalitionId, String token) {
    if (coalitionId == null || !SecretTokens.wellFormed(token)) {
      return null;
    }
    return coalitions.find(coalitionId).orElse(null);
  }
}
