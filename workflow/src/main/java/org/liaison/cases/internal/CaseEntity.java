package org.liaison.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Urgency;

@Entity
@Table(name = "case_file")
public class CaseEntity {

  @Id
  private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String country;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  private String[] themes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @Column(nullable = false, updatable = false)
  private String owner;

  @Enumerated(EnumType.STRING)
  private Urgency urgency;

  private String outcome;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private int version;

  protected CaseEntity() {}

  public CaseEntity(String tenantId, String reference, String title, String summary, String country,
      Set<Theme> themes, Severity severity, String owner, Instant now) {
    this.id = UUID.randomUUID();
    this.tenantId = tenantId;
    this.reference = reference;
    this.title = title;
    this.summary = summary;
    this.country = country;
    this.themes = themes.stream().sorted().map(Theme::name).toArray(String[]::new);
    this.severity = severity;
    this.status = CaseStatus.IN_TRIAGE;
    this.owner = owner;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public CaseDetails toDetails() {
    Set<Theme> themeSet = EnumSet.noneOf(Theme.class);
    Arrays.stream(themes).map(Theme::valueOf).forEach(themeSet::add);
    return new CaseDetails(id, reference, title, summary, country, themeSet, severity, status, owner,
        createdAt, updatedAt, urgency, outcome, version);
  }

  public void moveTo(CaseStatus newStatus, Instant now) {
    this.status = newStatus;
    this.updatedAt = now;
  }

  /** Corrects the case's facts (the caller has checked who may and which version they saw). */
  public void edit(String newTitle, String newSummary, String newCountry, Set<Theme> newThemes, Severity newSeverity,
      Instant now) {
    this.title = newTitle;
    this.summary = newSummary;
    this.country = newCountry;
    this.themes = newThemes.stream().sorted().map(Theme::name).toArray(String[]::new);
    this.severity = newSeverity;
    this.updatedAt = now;
  }

  public int version() {
    return version;
  }

  public void triage(Severity confirmedSeverity, Instant now) {
    this.severity = confirmedSeverity;
    this.updatedAt = now;
  }

  public void route(Urgency routedUrgency, Instant now) {
    this.urgency = routedUrgency;
    this.updatedAt = now;
  }

  public void close(String caseOutcome, Instant now) {
    this.outcome = caseOutcome;
    this.closedAt = now;
    this.updatedAt = now;
  }

  public Set<Theme> themes() {
    Set<Theme> themeSet = EnumSet.noneOf(Theme.class);
    Arrays.stream(themes).map(Theme::valueOf).forEach(themeSet::add);
    return themeSet;
  }

  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }

  public void runBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public UUID id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public String reference() {
    return reference;
  }

  public String owner() {
    return owner;
  }

  public CaseStatus status() {
    return status;
  }
}
