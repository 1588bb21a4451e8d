package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.common.InvalidInputException;
import org.liaison.defenders.DefenderService;
import org.liaison.defenders.NewDefender;
import org.liaison.hearings.CourtHearingService;
import org.liaison.hearings.NewHearing;
import org.liaison.meetings.MeetingRequest;
import org.liaison.meetings.MeetingService;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.NewContact;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NewPriority;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.organisations.MemberOrganisationService;
import org.liaison.organisations.NewMemberOrganisation;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every text field of every record people create through the forms (the screens call exactly these
 * services) gets what an attacker or a slip of the keyboard sends: empty, blank, huge, NUL and
 * other invisible control characters, a right-to-left override, SQL and script. Each is either
 * refused with a message on that field and nothing written anywhere (Liaison's tables and the
 * engine's), or stored exactly as given; never any other failure. The REST API's JSON reaches the
 * same services ({@code ApiContractIT} covers what JSON adds: types, unknown fields).
 */
class InputFuzzIT extends AppIT {

  private static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";
  private static final String SQL = "'); drop table app.case_file; --";
  /** Always refused: characters nobody types, used to hide or disguise text. */
  private static final List<String> HIDDEN = List.of("a\u0000b", "bell\u0007", "\u202Egnp.exe", "esc\u001b[31m");
  /** Refused or stored as given, depending on the field. */
  private static final List<String> ODD = List.of("", " ", "x".repeat(5_000), "x".repeat(100_000), SQL, SCRIPT,
      "Zürich — 東京 — مرحبا", "line\nbreak\ttab");

  @Autowired MembershipService memberships;
  @Autowired CaseService cases;
  @Autowired ContactService contacts;
  @Autowired CourtHearingService hearings;
  @Autowired MeetingService meetings;
  @Autowired MemberOrganisationService organisations;
  @Autowired DefenderService defenders;
  @Autowired SettingsService settings;
  @Autowired org.liaison.officers.RelationshipService relationships;

  private final List<String> report = new ArrayList<>();

  @Test
  void every_text_field_refuses_with_a_field_message_and_writes_nothing_or_stores_the_text_as_given() throws Exception {
    Actor milo = memberships.actorFor("milo", "press");
    Actor cora = memberships.actorFor("cora", "press");
    Actor sofia = memberships.actorFor("sofia", "press");

    fuzz(milo, new NewCase("Fuzzed case", "A summary", "KE", Set.of(Theme.OTHER), Severity.LOW), cases::raise,
        (input, created) -> assertThat(cases.get(((CaseDetails) created).reference()).title()).isEqualTo(input.title()));
    Embassy embassy = TenantContext.callAs(cora, () -> contacts.addEmbassy(new NewEmbassy("ZA", "Pretoria", "https://za.usembassy.gov")));
    // a city is one embassy per coalition: each accepted variant of another field opens its own
    java.util.concurrent.atomic.AtomicInteger windhoek = new java.util.concurrent.atomic.AtomicInteger();
    fuzz(cora, new NewEmbassy("NA", "Windhoek", "https://na.usembassy.gov"), e -> contacts.addEmbassy(
        "Windhoek".equals(e.city()) ? new NewEmbassy(e.country(), "Windhoek " + windhoek.incrementAndGet(), e.website(),
            e.timeZone()) : e), null);
    fuzz(cora, new NewPriority("Press freedom", "https://za.usembassy.gov/news", LocalDate.now()),
        p -> contacts.addPriority(embassy.id(), p), null);
    fuzz(cora, new NewOfficer(embassy.id(), "Ada Officer", "Political section", Portfolio.HUMAN_RIGHTS,
        "ada@example.org", "P90D"), contacts::addOfficer, null);
    Officer officer = TenantContext.callAs(cora, () -> contacts.addOfficer(new NewOfficer(embassy.id(), "Bo Officer",
        "Economic section", Portfolio.ECONOMIC, "bo@example.org", null)));
    fuzz(cora, new MeetingRequest(officer.id(), "Introduce the coalition"), meetings::request, null);
    fuzz(cora, new NewHearing("First hearing", "High Court", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
        null), hearings::schedule, null);
    fuzz(cora, new NewMemberOrganisation("Free Media Trust", "input@freemedia.example"), organisations::add, null);
    fuzz(sofia, new NewDefender("Heron", "KE", org.liaison.defenders.RiskLevel.HIGH, "A. Defender", "Nairobi", "+254 700 000000",
        "Threatened after reporting"),
        defenders::report, null);
    // corrections (issue 9) take the same records, with the version just read
    CaseDetails toCorrect = TenantContext.callAs(milo, () -> cases.raise(
        new NewCase("To correct", "s", "KE", Set.of(Theme.OTHER), Severity.LOW)));
    fuzz(milo, new NewCase("Corrected", "A summary", "KE", Set.of(Theme.OTHER), Severity.LOW),
        c -> cases.edit(toCorrect.reference(), cases.get(toCorrect.reference()).version(), c), null);
    fuzz(cora, new NewOfficer(embassy.id(), "Bo Officer", "Economic section", Portfolio.ECONOMIC, "bo@example.org", "P60D"),
        o -> contacts.editOfficer(officer.id(), contacts.officer(officer.id()).version(), o, false, false), null);
    fuzz(cora, new NewEmbassy("ZA", "Pretoria", "https://za.usembassy.gov"),
        e -> contacts.editEmbassy(embassy.id(), contacts.embassy(embassy.id()).version(), e), null);
    fuzz(milo, new NewContact(EngagementKind.CALL, "Called about the hearing", LocalDate.now()),
        c -> relationships.logContact(officer.id(), c), null);
    CoalitionSettings current = TenantContext.callAs(cora, () -> settings.forCoalition("press"));
    fuzz(cora, current, settings::update, null);

    CaseDetails toWithdraw = TenantContext.callAs(milo, () -> cases.raise(
        new NewCase("To withdraw", "s", "KE", Set.of(Theme.OTHER), Severity.LOW)));
    fuzzText(milo, "reason", reason -> {
      cases.withdraw(toWithdraw.reference(), reason);
      return null;
    });
    System.out.println("[input fuzz] " + String.join("; ", report));
  }

  /** Each text component of {@code valid} replaced, one at a time, by each payload. */
  private <T extends Record> void fuzz(Actor actor, T valid, Function<T, Object> create, StoredCheck<T> stored)
      throws Exception {
    int refused = 0;
    int storedAsGiven = 0;
    for (RecordComponent component : valid.getClass().getRecordComponents()) {
      if (component.getType() != String.class) {
        continue;
      }
      for (String payload : payloads()) {
        T variant = with(valid, component, payload);
        String before = rowCounts();
        try {
          Object created = TenantContext.callAs(actor, () -> create.apply(variant));
          assertThat(HIDDEN).as("%s.%s = %s was accepted", valid.getClass().getSimpleName(), component.getName(),
              printable(payload)).doesNotContain(payload);
          if (stored != null) {
            TenantContext.runAs(actor, () -> stored.check(variant, created));
          }
          storedAsGiven++;
        } catch (InvalidInputException e) {
          assertThat(e.fieldErrors()).as("%s.%s = %s", valid.getClass().getSimpleName(), component.getName(),
              printable(payload)).containsKey(component.getName());
          assertThat(rowCounts()).as("rows after refusing %s.%s = %s", valid.getClass().getSimpleName(),
              component.getName(), printable(payload)).isEqualTo(before);
          refused++;
        } catch (RuntimeException e) {
          fail("%s.%s = %s failed with %s instead of a field message", valid.getClass().getSimpleName(),
              component.getName(), printable(payload), e);
        }
      }
    }
    report.add(valid.getClass().getSimpleName() + ": " + refused + " refused, " + storedAsGiven + " stored");
  }

  private void fuzzText(Actor actor, String field, Function<String, Object> call) throws Exception {
    for (String payload : HIDDEN) {
      String before = rowCounts();
      try {
        TenantContext.callAs(actor, () -> call.apply(payload));
        fail("%s = %s was accepted", field, printable(payload));
      } catch (InvalidInputException e) {
        assertThat(e.fieldErrors()).containsKey(field);
        assertThat(rowCounts()).isEqualTo(before);
      }
    }
    report.add(field + ": " + HIDDEN.size() + " refused");
  }

  private static List<String> payloads() {
    List<String> all = new ArrayList<>(HIDDEN);
    all.addAll(ODD);
    return all;
  }

  @SuppressWarnings("unchecked")
  private static <T extends Record> T with(T record, RecordComponent replaced, String value) throws Exception {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = components[i].getName().equals(replaced.getName()) ? value : components[i].getAccessor().invoke(record);
    }
    Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
    canonical.setAccessible(true);
    return (T) canonical.newInstance(args);
  }

  private static String printable(String s) {
    String shown = s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + " chars)" : s;
    StringBuilder out = new StringBuilder();
    shown.codePoints().forEach(cp -> out.append(cp < 0x20 || (cp >= 0x202A && cp <= 0x202E)
        ? String.format("\\u%04X", cp) : new String(Character.toChars(cp))));
    return "\"" + out + "\"";
  }

  @FunctionalInterface
  interface StoredCheck<T> {
    void check(T input, Object created);
  }
}
