package org.liaison.coalitions;

/** An invitation link that cannot be accepted now, and why; nothing was created. */
public class InvitationNotUsableException extends RuntimeException {

  /** Why: the link's state, or something about the person accepting it. */
  public enum Reason {
    INVALID("This invitation link is not valid. Check that you opened the whole link from the e-mail."),
    EXPIRED("This invitation has expired. Ask the coalition's coordinator to send you a new one."),
    USED("This invitation has already been accepted. Sign in to work with the coalition."),
    REVOKED("This invitation was withdrawn by the coalition. Ask its coordinator if you think that is a mistake."),
    SUSPENDED("This coalition is suspended at the moment, so nobody can join it."),
    ALREADY_MEMBER("You are already a member of this coalition. Ask a coordinator if your roles should change."),
    OWN_INVITATION("You sent this invitation yourself: nobody can grant themselves roles. Ask another coordinator.");

    private final String message;

    Reason(String message) {
      this.message = message;
    }
  }

  private final Reason reason;

  public InvitationNotUsableException(Reason reason) {
    super(reason.message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  static InvitationNotUsableException of(InvitationState state) {
    return new InvitationNotUsableException(switch (state) {
      case EXPIRED -> Reason.EXPIRED;
      case USED -> Reason.USED;
      case REVOKED -> Reason.REVOKED;
      case SUSPENDED -> Reason.SUSPENDED;
      default -> Reason.INVALID;
    });
  }
}
