package org.liaison.outreach.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.outreach.Outreach;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachStatus;

@Entity
@Table(name = "outreach_message")
public class OutreachEntity {

  @Id
  private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(nullable = false)
  private String important;

  @Column(name = "why_us", nullable = false)
  private String whyUs;

  @Column(name = "embassy_action", nullable = false)
  private String embassyAction;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutreachStatus status;

  @Column(name = "review_comment")
  private String reviewComment;

  private String recipients;

  @Column(name = "sent_on")
  private LocalDate sentOn;

  @Column(name = "sent_by")
  private String sentBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private int version;

  protected OutreachEntity() {}

  public OutreachEntity(String tenantId, UUID caseId, Instant now) {
    this.id = UUID.randomUUID();
    this.tenantId = tenantId;
    this.caseId = caseId;
    this.createdAt = now;
  }

  public void draft(OutreachDraft draft, Instant now) {
    this.important = draft.important().strip();
    this.whyUs = draft.whyUnitedStates().strip();
    this.embassyAction = draft.embassyAction().strip();
    this.status = OutreachStatus.IN_REVIEW;
    this.updatedAt = now;
  }

  public void review(boolean approved, String comment, Instant now) {
    this.status = approved ? OutreachStatus.APPROVED : OutreachStatus.CHANGES_REQUESTED;
    this.reviewComment = comment;
    this.updatedAt = now;
  }

  /** One more officer was sent the approved outreach; recipients accumulate, each once. */
  public void sentTo(String recipient, LocalDate sentOn, String sentBy, Instant now) {
    this.status = OutreachStatus.SENT;
    if (recipients == null || recipients.isBlank()) {
      this.recipients = recipient;
    } else if (!java.util.Arrays.asList(recipients.split(", ")).contains(recipient)) {
      this.recipients = recipients + ", " + recipient;
    }
    this.sentOn = sentOn;
    this.sentBy = sentBy;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String important() {
    return important;
  }

  public String whyUnitedStates() {
    return whyUs;
  }

  public String embassyAction() {
    return embassyAction;
  }

  public OutreachStatus status() {
    return status;
  }

  public Outreach toOutreach() {
    return new Outreach(important, whyUs, embassyAction, status, reviewComment, recipients, sentOn, sentBy,
        updatedAt);
  }
}
