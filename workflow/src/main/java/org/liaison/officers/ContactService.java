package org.liaison.officers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotFoundException;
import org.liaison.common.StaleRecordException;
import org.liaison.officers.internal.RelationshipCadence;
import org.liaison.records.Changes;
import org.liaison.records.Found;
import org.liaison.records.Listing;
import org.liaison.records.HistoryEntry;
import org.liaison.records.RecordHistory;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current coalition's embassies, their stated priorities, and its officers and Washington
 * experts. Every query names the coalition (and row-level security would hide others anyway); an
 * id of another coalition is reported as not found.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContactService {

  /** The kinds of record officers and embassies are in the kernel's history. */
  public static final String OFFICER = "officer";
  public static final String EMBASSY = "embassy";

  private final JdbcClient jdbc;
  private final InputValidator validator;
  private final Clock clock;
  private final RelationshipCadence cadence;
  private final RecordHistory history;

  @Transactional(readOnly = true)
  public List<Embassy> embassies() {
    return jdbc.sql("select id, country, city, website, version, time_zone from app.embassy where tenant_id = :t order by country, city")
        .param("t", tenant()).query(ContactService::embassy).list();
  }

  @Transactional(readOnly = true)
  public Embassy embassy(UUID id) {
    return jdbc.sql("select id, country, city, website, version, time_zone from app.embassy where tenant_id = :t and id = :id")
        .param("t", tenant()).param("id", id).query(ContactService::embassy).optional()
        .orElseThrow(() -> new NotFoundException("Embassy " + id));
  }

  /** The coalition's embassies and consulates in a country, by city. */
  @Transactional(readOnly = true)
  public List<Embassy> embassiesIn(String country) {
    return jdbc.sql("select id, country, city, website, version, time_zone from app.embassy where tenant_id = :t and country = :c"
            + " order by city").param("t", tenant()).param("c", country).query(ContactService::embassy).list();
  }

  /**
   * The local time zone of events in {@code country} (a court hearing): that of the coalition's first
   * embassy there, else the country's own (see {@link EmbassyZones}).
   */
  @Transactional(readOnly = true)
  public java.time.ZoneId localZoneOf(String country) {
    return embassiesIn(country).stream().findFirst().map(Embassy::timeZone)
        .orElseGet(() -> EmbassyZones.defaultFor(country));
  }

  /** An embassy of a coalition, for engine code that has bound the coalition. */
  @Transactional(readOnly = true)
  public Optional<Embassy> embassyOf(String tenantId, UUID id) {
    return jdbc.sql("select id, country, city, website, version, time_zone from app.embassy where tenant_id = :t and id = :id")
        .param("t", tenantId).param("id", id).query(ContactService::embassy).optional();
  }

  @Transactional
  public Embassy addEmbassy(NewEmbassy input) {
    validator.check(input);
    UUID id = UUID.randomUUID();
    String website = blankToNull(input.website());
    try {
      jdbc.sql("""
              insert into app.embassy (id, tenant_id, country, city, website, time_zone, created_at)
              values (:id, :t, :country, :city, :website, :zone, :at)""")
          .param("id", id).param("t", tenant()).param("country", input.country()).param("city", input.city().strip())
          .param("website", website).param("zone", blankToNull(input.timeZone()))
          .param("at", Timestamp.from(clock.instant())).update();
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of("city", "This coalition already has the embassy in " + input.city().strip());
    }
    return new Embassy(id, input.country(), input.city().strip(), website, 0,
        EmbassyZones.of(input.timeZone(), input.country()));
  }

  @Transactional(readOnly = true)
  public List<EmbassyPriority> priorities(UUID embassyId) {
    embassy(embassyId);
    return jdbc.sql("""
            select id, embassy_id, objective, source_url, captured_on, version from app.embassy_priority
             where tenant_id = :t and embassy_id = :e order by captured_on desc, created_at desc""")
        .param("t", tenant()).param("e", embassyId).query(ContactService::priority).list();
  }

  /** Records an objective the embassy has stated, with where it said so. */
  @Transactional
  public EmbassyPriority addPriority(UUID embassyId, NewPriority input) {
    validator.check(input);
    embassy(embassyId);
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into app.embassy_priority (id, tenant_id, embassy_id, objective, source_url, captured_on, created_at)
            values (:id, :t, :e, :objective, :source, :on, :at)""")
        .param("id", id).param("t", tenant()).param("e", embassyId).param("objective", input.objective().strip())
        .param("source", input.sourceUrl().strip()).param("on", Date.valueOf(input.capturedOn()))
        .param("at", Timestamp.from(clock.instant())).update();
    return new EmbassyPriority(id, embassyId, input.objective().strip(), input.sourceUrl().strip(), input.capturedOn(), 0);
  }

  /** Every stated priority of every embassy of the coalition. */
  @Transactional(readOnly = true)
  public List<EmbassyPriority> allPriorities() {
    return jdbc.sql("select id, embassy_id, objective, source_url, captured_on, version from app.embassy_priority"
            + " where tenant_id = :t order by embassy_id, captured_on desc")
        .param("t", tenant()).query(ContactService::priority).list();
  }

  /**
   * One page of the coalition's officers and experts, filtered, sorted and searched in full text (name,
   * title, e-mail), with how many there are; an unknown sort key is named and nothing is read.
   */
  @Transactional(readOnly = true)
  public Found<Officer> findOfficers(OfficerQuery query, int offset, int limit) {
    validator.check(query);
    Listing listing = Listing.of("app.officer", "tenant_id").search("search", null, query.text())
        .filter("embassy_id = :embassy", "embassy", query.embassyId())
        .filter("portfolio = :portfolio", "portfolio", query.portfolio())
        .orderBy(Map.of("name", "lower(name)", "portfolio", "portfolio", "lastContact", "last_contact_on",
            "email", "lower(email)"), query.sort(), query.descending(), "name", "id");
    if (query.washington()) {
      listing.where("embassy_id is null");
    }
    if (!query.includeArchived()) {
      listing.where("archived_at is null");
    }
    return listing.fetch(jdbc, OFFICER_COLUMNS, offset, limit, ContactService::officer);
  }

  /** One page of the coalition's embassies by country and city, with how many there are. */
  @Transactional(readOnly = true)
  public Found<Embassy> findEmbassies(String country, int offset, int limit) {
    return Listing.of("app.embassy", "tenant_id").filter("country = :country", "country", country)
        .orderBy(Map.of("country", "country || city"), null, false, "country", "id")
        .fetch(jdbc, "id, country, city, website, version, time_zone", offset, limit, ContactService::embassy);
  }

  /** The coalition's officers and experts, archived ones left out. */
  @Transactional(readOnly = true)
  public List<Officer> officers() {
    return jdbc.sql(OFFICER_SELECT + " where tenant_id = :t and archived_at is null"
            + " order by embassy_id nulls last, portfolio, name")
        .param("t", tenant()).query(ContactService::officer).list();
  }

  /** An officer of the coalition, also an archived one (see {@link #archivedAt}). */
  @Transactional(readOnly = true)
  public Officer officer(UUID id) {
    return jdbc.sql(OFFICER_SELECT + " where tenant_id = :t and id = :id")
        .param("t", tenant()).param("id", id).query(ContactService::officer).optional()
        .orElseThrow(() -> new NotFoundException("Officer " + id));
  }

  /** When the officer was archived; empty while they are an active contact. */
  @Transactional(readOnly = true)
  public Optional<Instant> archivedAt(UUID officerId) {
    officer(officerId);
    return jdbc.sql("select archived_at from app.officer where tenant_id = :t and id = :id")
        .param("t", tenant()).param("id", officerId)
        .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
  }

  /**
   * Archives an officer who is no longer a contact (moved on, left the embassy): they leave the lists
   * and their relationship-cadence ends, withdrawing an open reach-out task. Archiving twice is refused;
   * if the officer's lifecycle is not running, {@link org.liaison.workflow.MessageNotExpectedException}
   * names the officer and nothing is changed.
   */
  @Transactional
  public void archiveOfficer(UUID id) {
    Officer officer = officer(id);
    if (archivedAt(id).isPresent()) {
      throw InvalidInputException.of("officer", officer.name() + " is already archived.");
    }
    jdbc.sql("update app.officer set archived_at = :at where tenant_id = :t and id = :id")
        .param("at", Timestamp.from(clock.instant())).param("t", tenant()).param("id", id).update();
    cadence.archived(id, officer.name());
  }

  /** Records whether the officer was invited to the coalition's newsletter and social channels. */
  @Transactional
  public Officer recordInvitations(UUID officerId, boolean newsletter, boolean social) {
    Officer before = officer(officerId);
    jdbc.sql("""
            update app.officer set newsletter_invited = :newsletter, social_invited = :social, version = version + 1
             where tenant_id = :t and id = :id""")
        .param("newsletter", newsletter).param("social", social).param("t", tenant()).param("id", officerId).update();
    history.record(OFFICER, officerId.toString(), Changes.of()
        .field("newsletterInvited", before.newsletterInvited(), newsletter)
        .field("socialInvited", before.socialInvited(), social));
    return officer(officerId);
  }

  /**
   * Adds an officer or Washington expert and starts their relationship-cadence (the officer's cadence,
   * or the coalition's setting), in one transaction.
   */
  @Transactional
  public Officer addOfficer(NewOfficer input) {
    validator.check(input);
    if (input.embassyId() != null) {
      embassy(input.embassyId()); // another coalition's embassy is not found
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into app.officer (id, tenant_id, embassy_id, name, title, portfolio, email, contact_cadence, created_at)
            values (:id, :t, :e, :name, :title, :portfolio, :email, :cadence, :at)""")
        .param("id", id).param("t", tenant()).param("e", input.embassyId()).param("name", input.name().strip())
        .param("title", blankToNull(input.title())).param("portfolio", input.portfolio().name())
        .param("email", blankToNull(input.email())).param("cadence", blankToNull(input.contactCadence()))
        .param("at", Timestamp.from(clock.instant())).update();
    cadence.start(id, blankToNull(input.contactCadence()));
    return officer(id);
  }

  /**
   * Corrects an embassy; coordinators only. Each changed field goes into the embassy's history; if
   * someone saved it after the user loaded {@code version}, {@link StaleRecordException}, nothing saved.
   */
  @Transactional
  public Embassy editEmbassy(UUID id, int version, NewEmbassy input) {
    TenantContext.require(Role.COORDINATOR);
    validator.check(input);
    Embassy before = embassy(id);
    Changes changes = Changes.of().field("country", before.country(), input.country())
        .field("city", before.city(), input.city()).field("website", before.website(), input.website())
        .field("timeZone", before.timeZone().getId(), EmbassyZones.of(input.timeZone(), input.country()).getId());
    try {
      history.saveEdit(EMBASSY, id.toString(), "The embassy in " + before.city(), changes, () -> jdbc.sql("""
              update app.embassy set country = :country, city = :city, website = :website, time_zone = :zone,
                     version = version + 1
               where tenant_id = :t and id = :id and version = :v""")
          .param("country", input.country()).param("city", input.city().strip())
          .param("zone", blankToNull(input.timeZone()))
          .param("website", blankToNull(input.website())).param("t", tenant()).param("id", id).param("v", version)
          .update());
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of("city", "This coalition already has the embassy in " + input.city().strip());
    }
    return embassy(id);
  }

  /**
   * Corrects a stated priority; coordinators only. The change goes into its embassy's history (fields
   * {@code priority.objective}, …); a stale {@code version}: {@link StaleRecordException}, nothing saved.
   */
  @Transactional
  public EmbassyPriority editPriority(UUID id, int version, NewPriority input) {
    TenantContext.require(Role.COORDINATOR);
    validator.check(input);
    EmbassyPriority before = priority(id);
    Changes changes = Changes.of().field("priority.objective", before.objective(), input.objective())
        .field("priority.sourceUrl", before.sourceUrl(), input.sourceUrl())
        .field("priority.capturedOn", before.capturedOn(), input.capturedOn());
    history.saveEdit(EMBASSY, before.embassyId().toString(), "The priority", changes, () -> jdbc.sql("""
            update app.embassy_priority set objective = :objective, source_url = :source, captured_on = :on,
                   version = version + 1
             where tenant_id = :t and id = :id and version = :v""")
        .param("objective", input.objective().strip()).param("source", input.sourceUrl().strip())
        .param("on", Date.valueOf(input.capturedOn())).param("t", tenant()).param("id", id).param("v", version)
        .update());
    return priority(id);
  }

  /**
   * Corrects an officer: name, title, portfolio, e-mail, embassy, contact cadence and whether they were
   * invited to the newsletter and social channels; coordinators only. A changed cadence restarts the
   * officer's relationship-cadence with the new one (the coalition's when cleared). Each changed field
   * goes into the officer's history; a stale {@code version}: {@link StaleRecordException}, nothing saved.
   */
  @Transactional
  public Officer editOfficer(UUID id, int version, NewOfficer input, boolean newsletterInvited, boolean socialInvited) {
    TenantContext.require(Role.COORDINATOR);
    validator.check(input);
    Officer before = officer(id);
    if (input.embassyId() != null) {
      embassy(input.embassyId()); // another coalition's embassy is not found
    }
    Changes changes = Changes.of().field("name", before.name(), input.name())
        .field("title", before.title(), input.title())
        .field("portfolio", before.portfolio(), input.portfolio())
        .field("email", before.email(), input.email())
        .field("embassy", before.embassyId(), input.embassyId())
        .field("contactCadence", before.contactCadence(), input.contactCadence())
        .field("newsletterInvited", before.newsletterInvited(), newsletterInvited)
        .field("socialInvited", before.socialInvited(), socialInvited);
    history.saveEdit(OFFICER, id.toString(), before.name(), changes, () -> jdbc.sql("""
            update app.officer set name = :name, title = :title, portfolio = :portfolio, email = :email,
                   embassy_id = :e, contact_cadence = :cadence, newsletter_invited = :newsletter,
                   social_invited = :social, version = version + 1
             where tenant_id = :t and id = :id and version = :v""")
        .param("name", input.name().strip()).param("title", blankToNull(input.title()))
        .param("portfolio", input.portfolio().name()).param("email", blankToNull(input.email()))
        .param("e", input.embassyId()).param("cadence", blankToNull(input.contactCadence()))
        .param("newsletter", newsletterInvited).param("social", socialInvited)
        .param("t", tenant()).param("id", id).param("v", version).update());
    if (changes.has("contactCadence") && archivedAt(id).isEmpty()) {
      cadence.changed(id, blankToNull(input.contactCadence()));
    }
    return officer(id);
  }

  /** Who changed which field of the officer, when, oldest first. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> officerHistory(UUID id) {
    return history.of(OFFICER, officer(id).id().toString());
  }

  /** Who changed which field of the embassy or its stated priorities, when, oldest first. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> embassyHistory(UUID id) {
    return history.of(EMBASSY, embassy(id).id().toString());
  }

  private EmbassyPriority priority(UUID id) {
    return jdbc.sql("select id, embassy_id, objective, source_url, captured_on, version from app.embassy_priority"
            + " where tenant_id = :t and id = :id")
        .param("t", tenant()).param("id", id).query(ContactService::priority).optional()
        .orElseThrow(() -> new NotFoundException("Priority " + id));
  }

  /**
   * The human-rights officers with an e-mail address at the coalition's embassies (and consulates)
   * in a country, for mail that must reach them. For engine code: the caller has bound the coalition
   * ({@link org.liaison.tenancy.RowSecurity#bindTenant}) or acts for it.
   */
  @Transactional(readOnly = true)
  public List<Officer> humanRightsOfficersIn(String tenantId, String country) {
    return jdbc.sql("""
            select o.id, o.embassy_id, o.name, o.title, o.portfolio, o.email, o.contact_cadence, o.last_contact_on,
                   o.newsletter_invited, o.social_invited, o.version, o.leaving_on, o.successor_id
              from app.officer o join app.embassy e on e.tenant_id = o.tenant_id and e.id = o.embassy_id
             where o.tenant_id = :t and e.country = :country and o.portfolio = 'HUMAN_RIGHTS' and o.email is not null
               and o.archived_at is null
             order by o.name""")
        .param("t", tenantId).param("country", country).query(ContactService::officer).list();
  }

  /**
   * Like {@link #humanRightsOfficersIn(String, String)}, for mail that cannot go out without them.
   *
   * @throws NoHumanRightsOfficerException when there is none
   */
  @Transactional(readOnly = true)
  public List<Officer> requireHumanRightsOfficersIn(String tenantId, String country) {
    List<Officer> officers = humanRightsOfficersIn(tenantId, country);
    if (officers.isEmpty()) {
      throw new NoHumanRightsOfficerException(country);
    }
    return officers;
  }

  /** {@link #humanRightsOfficersIn(String, String)} for the current coalition. */
  @Transactional(readOnly = true)
  public List<Officer> humanRightsOfficersIn(String country) {
    return humanRightsOfficersIn(tenant(), country);
  }

  private static final String OFFICER_COLUMNS = """
      id, embassy_id, name, title, portfolio, email, contact_cadence, last_contact_on,
             newsletter_invited, social_invited, version, leaving_on, successor_id""";
  private static final String OFFICER_SELECT = "select " + OFFICER_COLUMNS + " from app.officer";

  private static String tenant() {
    return TenantContext.current().tenantId();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Embassy embassy(ResultSet rs, int n) throws SQLException {
    return new Embassy(rs.getObject("id", UUID.class), rs.getString("country"), rs.getString("city"), rs.getString("website"),
        rs.getInt("version"), EmbassyZones.of(rs.getString("time_zone"), rs.getString("country")));
  }

  private static EmbassyPriority priority(ResultSet rs, int n) throws SQLException {
    return new EmbassyPriority(rs.getObject("id", UUID.class), rs.getObject("embassy_id", UUID.class),
        rs.getString("objective"), rs.getString("source_url"), rs.getDate("captured_on").toLocalDate(), rs.getInt("version"));
  }

  private static Officer officer(ResultSet rs, int n) throws SQLException {
    Date last = rs.getDate("last_contact_on");
    return new Officer(rs.getObject("id", UUID.class), rs.getObject("embassy_id", UUID.class), rs.getString("name"),
        rs.getString("title"), Portfolio.valueOf(rs.getString("portfolio")), rs.getString("email"),
        rs.getString("contact_cadence"), last == null ? null : last.toLocalDate(), rs.getBoolean("newsletter_invited"),
        rs.getBoolean("social_invited"), rs.getInt("version"), rs.getObject("leaving_on", java.time.LocalDate.class),
        rs.getObject("successor_id", UUID.class));
  }
}
