package org.liaison.coalitions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import org.liaison.coalitions.AuditEntry;
import org.liaison.coalitions.LastCoordinatorException;
import org.liaison.coalitions.Member;
import org.liaison.coalitions.MemberAdministration;
import org.liaison.coalitions.NewInvitation;
import org.liaison.coalitions.PendingInvitation;
import org.liaison.coalitions.TooManyInvitationsException;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.ui.CurrentUser;
import org.liaison.ui.FieldErrors;
import org.liaison.ui.FormDialog;
import org.liaison.ui.Labels;
import org.liaison.ui.Notices;

/**
 * The coalition's people, run by its coordinators (and admins, for plain members): invite by e-mail,
 * pending invitations (resend, withdraw), change roles, remove someone (handing over their tasks), and
 * the audit of every change. The service enforces every rule; the page offers only what it allows.
 */
@Route("members")
@PageTitle("Members · Liaison")
@RolesAllowed({"COORDINATOR", "ADMIN"})
class MembersView extends VerticalLayout {

  private final MemberAdministration admin;
  private final Actor me;
  private final Grid<Member> members = new Grid<>();
  private final Grid<PendingInvitation> invitations = new Grid<>();
  private final Grid<AuditEntry> audit = new Grid<>();
  private final EmailField email = new EmailField();
  private final CheckboxGroup<Role> roles;
  private final FieldErrors errors = new FieldErrors();

  private final org.liaison.notifications.MemberProfiles profiles;
  private final org.liaison.tenancy.MembershipService memberships;

  MembersView(MemberAdministration admin, CurrentUser user, org.liaison.notifications.MemberProfiles profiles,
      org.liaison.tenancy.MembershipService memberships) {
    this.profiles = profiles;
    this.memberships = memberships;
    this.admin = admin;
    this.me = user.actor().orElseThrow();
    setId("members");
    add(new H2(getTranslation("members.title")), new Paragraph(getTranslation("members.intro")));

    email.setLabel(getTranslation("members.invite.email"));
    email.setId("invite-email");
    email.setWidth("22em");
    roles = RoleChoice.group("invite-roles", getTranslation("members.invite.roles"), me.has(Role.COORDINATOR));
    roles.setValue(EnumSet.of(Role.MEMBER));
    errors.bind("email", email).bind("roles", roles);
    Button invite = new Button(getTranslation("members.invite.send"), e -> invite());
    invite.setId("send-invitation");
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(email, roles, invite);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    add(new H3(getTranslation("members.invite.title")), form);

    invitations.setId("invitations-grid");
    invitations.addColumn(PendingInvitation::email).setHeader(getTranslation("members.email")).setFlexGrow(2);
    invitations.addColumn(i -> RoleChoice.words(this, i.roles())).setHeader(getTranslation("members.roles")).setFlexGrow(2);
    invitations.addColumn(PendingInvitation::invitedBy).setHeader(getTranslation("members.invitedBy")).setAutoWidth(true);
    invitations.addColumn(i -> Labels.when(i.expiresAt())).setHeader(getTranslation("members.expires")).setAutoWidth(true);
    invitations.addComponentColumn(this::invitationActions).setHeader(getTranslation("members.actions")).setAutoWidth(true);
    invitations.setEmptyStateText(getTranslation("members.invitations.empty"));
    invitations.setPageSize(50);
    invitations.setHeight("16rem");
    invitations.setItems(q -> admin.pendingInvitations(q.getOffset(), q.getLimit()).stream(),
        q -> admin.pendingInvitationCount());
    add(new H3(getTranslation("members.invitations.title")), Labels.zoneCaption(this, "invitations-zone"), invitations);

    members.setId("members-grid");
    members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    members.addColumn(m -> m.displayName().isBlank() ? m.username() : m.displayName())
        .setHeader(getTranslation("members.name")).setFlexGrow(2);
    members.addColumn(Member::username).setHeader(getTranslation("members.username")).setAutoWidth(true);
    members.addColumn(Member::email).setHeader(getTranslation("members.email")).setFlexGrow(2);
    members.addColumn(m -> RoleChoice.words(this, m.roles())).setHeader(getTranslation("members.roles")).setFlexGrow(2);
    members.addComponentColumn(this::memberActions).setHeader(getTranslation("members.actions")).setAutoWidth(true);
    members.setPageSize(50);
    members.setHeight("24rem");
    members.setItems(q -> admin.members(q.getOffset(), q.getLimit()).stream(), q -> admin.memberCount());
    add(new H3(getTranslation("members.people.title")), members);

    audit.setId("audit-grid");
    audit.addThemeVariants(GridVariant.LUMO_COMPACT);
    audit.addColumn(a -> Labels.when(a.occurredAt())).setHeader(getTranslation("members.audit.when")).setAutoWidth(true);
    audit.addColumn(AuditEntry::actor).setHeader(getTranslation("members.audit.who")).setAutoWidth(true);
    audit.addColumn(a -> getTranslation("audit." + a.action().name())).setHeader(getTranslation("members.audit.what"))
        .setAutoWidth(true);
    audit.addColumn(AuditEntry::subject).setHeader(getTranslation("members.audit.whom")).setAutoWidth(true);
    audit.addColumn(a -> a.detail() == null ? "" : a.detail()).setHeader(getTranslation("members.audit.detail")).setFlexGrow(3);
    audit.setHeight("22em");
    add(new H3(getTranslation("members.audit.title")), new Paragraph(getTranslation("members.audit.intro")), Labels.zoneCaption(this, "members-audit-zone"), audit);
    refresh();
  }

  private Component memberActions(Member m) {
    HorizontalLayout actions = new HorizontalLayout();
    if (m.username().equals(me.username())) {
      return actions; // nobody changes their own roles or removes themselves
    }
    boolean mayTouch = me.has(Role.COORDINATOR) || !m.roles().stream().anyMatch(r -> r != Role.MEMBER);
    if (!mayTouch) {
      return actions;
    }
    if (me.has(Role.COORDINATOR)) {
      Button profile = new Button(getTranslation("members.profile"), e -> openProfile(m));
      profile.setId("profile-" + m.username());
      profile.addThemeVariants(ButtonVariant.LUMO_SMALL);
      actions.add(profile);
    }
    Button change = new Button(getTranslation("members.changeRoles"), e -> openRoles(m));
    change.setId("roles-" + m.username());
    change.addThemeVariants(ButtonVariant.LUMO_SMALL);
    Button remove = new Button(getTranslation("members.remove"), e -> new RemoveMemberDialog(admin, m, this::refresh).open());
    remove.setId("remove-" + m.username());
    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    actions.add(change, remove);
    return actions;
  }

  private Component invitationActions(PendingInvitation i) {
    Button resend = new Button(getTranslation("members.resend"), e -> attempt(() -> admin.resend(i.id()),
        getTranslation("members.resent", i.email())));
    resend.addClassName("resend-invitation");
    resend.getElement().setAttribute("data-email", i.email());
    resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
    Button revoke = new Button(getTranslation("members.revoke"), e -> attempt(() -> admin.revoke(i.id()),
        getTranslation("members.revoked", i.email())));
    revoke.addClassName("revoke-invitation");
    revoke.getElement().setAttribute("data-email", i.email());
    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    return new HorizontalLayout(resend, revoke);
  }

  private void openRoles(Member m) {
    CheckboxGroup<Role> choice = RoleChoice.group("change-roles", getTranslation("members.roles"), me.has(Role.COORDINATOR));
    choice.setValue(m.roles());
    FormDialog dialog = new FormDialog(getTranslation("members.changeRoles.title", m.username()),
        getTranslation("members.changeRoles.save"), "save-roles", () -> guarded(() -> admin.changeRoles(m.username(),
            choice.getValue())), getTranslation("members.changeRoles.saved", m.username()), this::refresh);
    dialog.errors().bind("roles", choice);
    dialog.with(new Paragraph(getTranslation("members.changeRoles.text")), choice).open();
  }

  private void invite() {
    try {
      PendingInvitation sent = admin.invite(new NewInvitation(email.getValue(), roles.getValue()));
      errors.clear();
      email.clear();
      roles.setValue(EnumSet.of(Role.MEMBER));
      Notices.success(getTranslation("members.invited", sent.email()));
      refresh();
    } catch (InvalidInputException e) {
      errors.show(e);
    } catch (TooManyInvitationsException | NotAllowedException e) {
      Notices.problem(e.getMessage());
    }
  }

  private void attempt(Runnable action, String success) {
    try {
      action.run();
      Notices.success(success);
    } catch (TooManyInvitationsException | NotAllowedException | NotFoundException e) {
      Notices.problem(e.getMessage());
    }
    refresh();
  }

  /** Rules the service refuses with a sentence (last coordinator, a role only coordinators grant) become an InvalidInputException-free notice. */
  private static void guarded(Runnable action) {
    try {
      action.run();
    } catch (LastCoordinatorException | NotAllowedException e) {
      throw InvalidInputException.of("roles", e.getMessage());
    }
  }

  /** A coordinator sets where a member's notices go and marks them away with a stand-in. */
  private void openProfile(Member m) {
    com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog(
        getTranslation("members.profile.title", m.displayName()));
    dialog.setId("profile-dialog");
    dialog.setWidth("44em");
    dialog.add(new org.liaison.notifications.ui.ProfileForm(profiles, m.username(),
        memberships.choices()));
    Button close = new Button(getTranslation("dialog.close"), e -> dialog.close());
    close.setId("profile-close");
    dialog.getFooter().add(close);
    dialog.open();
  }

  void refresh() {
    members.getDataProvider().refreshAll();
    invitations.getDataProvider().refreshAll();
    audit.setItems(admin.audit());
  }
}
