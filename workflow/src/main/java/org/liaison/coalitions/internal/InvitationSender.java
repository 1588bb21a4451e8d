package org.liaison.coalitions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.coalitions.AuditAction;
import org.liaison.coalitions.TooManyInvitationsException;
import org.liaison.common.PublicLinks;
import org.liaison.common.SecretTokens;
import org.liaison.mail.Outbox;
import org.liaison.mail.OutgoingMail;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an invitation: a new single-use token (stored as its hash only), the mail with the link
 * through the coalition's outbox (the token masked on the Sent mail page, wiped once sent by SMTP),
 * the audit entry, all in the caller's transaction and within the coalition's hourly limit.
 */
@Component
public class InvitationSender {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(ZoneOffset.UTC);

  private final InvitationStore store;
  private final MembershipAudit audit;
  private final Outbox outbox;
  private final PublicLinks links;
  private final RowSecurity rowSecurity;
  private final InvitationSettings settings;
  private final Clock clock;

  InvitationSender(InvitationStore store, MembershipAudit audit, Outbox outbox, PublicLinks links, RowSecurity rowSecurity,
      InvitationSettings settings, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.outbox = outbox;
    this.links = links;
    this.rowSecurity = rowSecurity;
    this.settings = settings;
    this.clock = clock;
  }

  /** Creates and mails a new invitation. Over the hourly limit: {@link TooManyInvitationsException}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public StoredInvitation invite(String tenantId, String coalitionName, String email, Set<Role> roles, String by,
      String byName) {
    rowSecurity.bindTenant(tenantId);
    checkLimit(tenantId);
    Instant now = clock.instant();
    StoredInvitation invitation = new StoredInvitation(UUID.randomUUID(), tenantId, email, roles, by, now, now, 1,
        now.plus(settings.validFor()), null, null);
    String token = SecretTokens.newToken();
    store.insert(invitation, SecretTokens.hash(token));
    mail(invitation, 1, token, coalitionName, byName);
    audit.record(tenantId, now, by, email, AuditAction.INVITED, "as " + describe(roles));
    return invitation;
  }

  /** A new link for a pending invitation (the old one stops working), valid for the full period again. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void resend(StoredInvitation invitation, String coalitionName, String by, String byName) {
    rowSecurity.bindTenant(invitation.tenantId());
    checkLimit(invitation.tenantId());
    Instant now = clock.instant();
    String token = SecretTokens.newToken();
    Instant expires = now.plus(settings.validFor());
    store.resent(invitation.id(), SecretTokens.hash(token), now, expires);
    StoredInvitation again = new StoredInvitation(invitation.id(), invitation.tenantId(), invitation.email(),
        invitation.roles(), invitation.invitedBy(), invitation.createdAt(), now, invitation.sends() + 1, expires, null, null);
    mail(again, again.sends(), token, coalitionName, byName);
    audit.record(invitation.tenantId(), now, by, invitation.email(), AuditAction.INVITATION_RESENT,
        "as " + describe(invitation.roles()));
  }

  private void checkLimit(String tenantId) {
    store.lockSending(tenantId);
    if (audit.invitationsSentSince(tenantId, clock.instant().minusSeconds(3600)) >= settings.perHour()) {
      throw new TooManyInvitationsException(settings.perHour());
    }
  }

  private void mail(StoredInvitation invitation, int send, String token, String coalitionName, String byName) {
    String link = links.to("/invitation/" + invitation.tenantId() + "/" + token);
    String body = "Hello,\n\n" + byName + " invites you to join " + coalitionName + " on Liaison, where the coalition keeps"
        + " its work with embassies, as " + describe(invitation.roles()) + ".\n\nTo accept, open this link:\n\n" + link
        + "\n\nThe link works once, until " + DAY.format(invitation.expiresAt()) + " (UTC). If you did not expect this"
        + " invitation, you can ignore this message: nothing happens unless you open the link.\n";
    outbox.enqueue(new OutgoingMail("invitation:" + invitation.id() + ":" + send, List.of(invitation.email()),
        "Invitation to join " + coalitionName + " on Liaison", body), List.of(token));
  }

  /** The roles in words, e.g. "coordinator and member". */
  public static String describe(Set<Role> roles) {
    List<String> words = roles.stream().sorted().map(r -> r == Role.SECURITY ? "security focal point" : r.key()).toList();
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + words.get(words.size() - 1);
  }
}
