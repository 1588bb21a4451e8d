package org.liaison.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.liaison.cases.CaseActivity;

/** Append-only: never updated, never deleted. */
@Entity
@Immutable
@Table(name = "case_activity")
public class CaseActivityEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseActivity.Kind kind;

  private String detail;

  protected CaseActivityEntity() {}

  public CaseActivityEntity(String tenantId, UUID caseId, Instant occurredAt, String actor,
      CaseActivity.Kind kind, String detail) {
    this.tenantId = tenantId;
    this.caseId = caseId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.kind = kind;
    this.detail = detail;
  }

  public CaseActivity toActivity() {
    return new CaseActivity(occurredAt, actor, kind, detail);
  }
}
