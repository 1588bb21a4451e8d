package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.common.InvalidInputException;
import org.liaison.hearings.CourtHearing;
import org.liaison.hearings.CourtHearingService;
import org.liaison.hearings.NewHearing;
import org.liaison.meetings.MeetingRequest;
import org.liaison.meetings.MeetingRow;
import org.liaison.meetings.MeetingService;
import org.liaison.officers.ContactService;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.Officer;
import org.liaison.officers.OfficerQuery;
import org.liaison.officers.Portfolio;
import org.liaison.records.Found;
import org.liaison.records.ListQuery;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lists page on the server: full-text search finds a case by a word of its summary and never
 * another coalition's, filters and sorting hold, and paging through a list gives every row once.
 */
class SearchAndListsIT extends DatabaseIT {

  @Autowired CaseService cases;
  @Autowired CaseList list;
  @Autowired ContactService contacts;
  @Autowired MeetingService meetings;
  @Autowired CourtHearingService hearings;

  Actor member;
  Actor other;

  @BeforeEach
  void coalitions() {
    member = coalitions.memberA();
    other = coalitions.coordinatorB();
  }

  CaseDetails raise(Actor actor, String title, String summary, String country, Severity severity, Theme theme) {
    return as(actor, () -> cases.raise(new NewCase(title, summary, country, Set.of(theme), severity)));
  }

  @Test
  void a_word_of_the_summary_finds_the_case_and_never_another_coalitions() {
    CaseDetails harbour = raise(member, "Dock workers arrested", "Union organisers were arrested at the harbour gates",
        "KE", Severity.HIGH, Theme.LABOR_RIGHTS);
    raise(member, "Journalist beaten", "A reporter was beaten at a rally", "KE", Severity.MEDIUM, Theme.FREEDOM_OF_EXPRESSION);
    raise(other, "Harbour closed", "Police closed the harbour to striking workers", "BD", Severity.LOW, Theme.LABOR_RIGHTS);

    assertThat(as(member, () -> list.find(CaseQuery.ALL.withText("harbour"), 0, 20)).items())
        .extracting(CaseDetails::reference).containsExactly(harbour.reference());
    assertThat(as(member, () -> list.find(CaseQuery.ALL.withText("organiser arrest"), 0, 20)).items())
        .as("English stemming: organisers, arrested").extracting(CaseDetails::reference).containsExactly(harbour.reference());
    assertThat(as(member, () -> list.find(CaseQuery.ALL.withText(harbour.reference()), 0, 20)).items())
        .extracting(CaseDetails::reference).containsExactly(harbour.reference());
    assertThat(as(other, () -> list.find(CaseQuery.ALL.withText("harbour"), 0, 20)).items())
        .extracting(CaseDetails::title).containsExactly("Harbour closed");
    assertThat(as(member, () -> list.find(CaseQuery.ALL.withText("rally -beaten"), 0, 20)).total()).isZero();
  }

  @Test
  void filters_and_sorting_narrow_and_order_the_list() {
    raise(member, "A", "first", "KE", Severity.LOW, Theme.LABOR_RIGHTS);
    raise(member, "B", "second", "UG", Severity.CRITICAL, Theme.FREEDOM_OF_EXPRESSION);
    raise(member, "C", "third", "KE", Severity.HIGH, Theme.FREEDOM_OF_EXPRESSION);

    Found<CaseDetails> kenya = as(member, () -> list.find(new CaseQuery(null, CaseStatus.IN_TRIAGE, "KE",
        Theme.FREEDOM_OF_EXPRESSION, null, "memberA", null, null, true), 0, 20));
    assertThat(kenya.items()).extracting(CaseDetails::title).containsExactly("C");
    assertThat(as(member, () -> list.find(new CaseQuery(null, null, null, null, null, null, null, "severity", true),
        0, 20)).items()).extracting(CaseDetails::title).containsExactly("B", "C", "A");
    assertThat(as(member, () -> list.find(new CaseQuery(null, null, null, null, Severity.LOW, null, null, "title",
        false), 0, 20)).items()).extracting(CaseDetails::title).containsExactly("A");
    assertThatThrownBy(() -> as(member, () -> list.find(new CaseQuery(null, null, null, null, null, null, null,
        "secret_column", false), 0, 20)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("sort"));
    assertThatThrownBy(() -> as(member, () -> list.find(new CaseQuery(null, null, "kenya", null, null, null, null,
        null, false), 0, 20)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("country"));
  }

  @Test
  void paging_through_a_list_gives_every_case_once_in_a_stable_order() {
    for (int i = 0; i < 23; i++) {
      raise(member, "Case " + i, "summary " + i, i % 2 == 0 ? "KE" : "UG", Severity.values()[i % 4], Theme.OTHER);
    }
    raise(other, "Not ours", "summary", "KE", Severity.LOW, Theme.OTHER);
    CaseQuery bySeverity = new CaseQuery(null, null, null, null, null, null, null, "severity", false);

    List<UUID> seen = new ArrayList<>();
    for (int offset = 0; offset < 30; offset += 5) {
      int from = offset;
      Found<CaseDetails> page = as(member, () -> list.find(bySeverity, from, 5));
      assertThat(page.total()).isEqualTo(23);
      seen.addAll(page.items().stream().map(CaseDetails::id).toList());
    }
    assertThat(seen).hasSize(23);
    assertThat(new HashSet<>(seen)).hasSize(23);
    assertThat(as(member, () -> list.find(bySeverity, 0, 23)).items()).extracting(CaseDetails::id).isEqualTo(seen);
    assertThat(as(member, () -> list.find(bySeverity, 100, 5))).satisfies(p -> {
      assertThat(p.items()).isEmpty();
      assertThat(p.total()).as("past the end still knows the total").isEqualTo(23);
    });
  }

  @Test
  void meetings_hearings_and_officers_are_searched_and_paged_the_same_way() {
    Officer hassan = as(member, () -> contacts.addOfficer(new NewOfficer(null, "Amina Hassan", "Labor attaché",
        Portfolio.LABOR, "amina@state.example", null)));
    as(member, () -> contacts.addOfficer(new NewOfficer(null, "Ben Carter", null, Portfolio.ECONOMIC, null, null)));
    as(other, () -> contacts.addOfficer(new NewOfficer(null, "Hassan of B", null, Portfolio.LABOR, null, null)));
    as(member, () -> meetings.request(new MeetingRequest(hassan.id(), "Discuss the dockworkers' strike")));
    Instant soon = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
    as(member, () -> hearings.schedule(new NewHearing("Bail hearing", "Mombasa Law Courts", soon, null)));
    as(member, () -> hearings.schedule(new NewHearing("Sentencing", "Kibera Law Courts", soon.plus(Duration.ofDays(1)), null)));

    assertThat(as(member, () -> contacts.findOfficers(new OfficerQuery("hassan", null, false, null, false, null,
        false), 0, 10)).items()).extracting(Officer::name).containsExactly("Amina Hassan");
    assertThat(as(member, () -> contacts.findOfficers(new OfficerQuery(null, null, true, Portfolio.ECONOMIC, false,
        null, false), 0, 10)).items()).extracting(Officer::name).containsExactly("Ben Carter");
    Found<MeetingRow> strike = as(member, () -> meetings.find(new ListQuery("strike", null, null, null, false), 0, 10));
    assertThat(strike.items()).singleElement().satisfies(r -> {
      assertThat(r.officerName()).isEqualTo("Amina Hassan");
      assertThat(r.purpose()).contains("strike");
    });
    assertThat(as(other, () -> meetings.find(new ListQuery("strike", null, null, null, false), 0, 10)).total()).isZero();
    assertThat(as(member, () -> hearings.find(new ListQuery("Mombasa", null, null, null, false), 0, 10)).items())
        .extracting(CourtHearing::title).containsExactly("Bail hearing");
    assertThat(as(member, () -> hearings.find(new ListQuery(null, null, null, "date", true), 0, 10)).items())
        .extracting(CourtHearing::title).containsExactly("Sentencing", "Bail hearing");
    assertThatThrownBy(() -> as(member, () -> hearings.find(new ListQuery(null, "NOT_A_STATUS", null, null, false), 0, 10)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("status"));
  }
}
