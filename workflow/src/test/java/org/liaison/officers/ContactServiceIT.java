package org.liaison.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotFoundException;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/** Embassies, their stated priorities and officers, per coalition, on a real PostgreSQL. */
class ContactServiceIT extends DatabaseIT {

  @Autowired ContactService contacts;

  Actor a;
  Actor b;

  @BeforeEach
  void coalitions() {
    a = coalitions.memberA();
    b = coalitions.coordinatorB();
  }

  @Test
  void a_coalition_maps_an_embassy_its_stated_priorities_and_its_officers() {
    Embassy nairobi = TenantContext.callAs(a, () -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", "https://ke.usembassy.gov")));
    TenantContext.callAs(a, () -> contacts.addPriority(nairobi.id(), new NewPriority(
        "Protect press freedom ahead of the elections", "https://ke.usembassy.gov/press-freedom-statement", LocalDate.now())));
    Officer hro = TenantContext.callAs(a, () -> contacts.addOfficer(new NewOfficer(nairobi.id(), "Jane Doe",
        "Human rights officer", Portfolio.HUMAN_RIGHTS, "hro@example.org", "P60D")));
    Officer expert = TenantContext.callAs(a, () -> contacts.addOfficer(new NewOfficer(null, "DRL desk officer",
        null, Portfolio.HUMAN_RIGHTS, null, null)));

    assertThat(TenantContext.callAs(a, contacts::embassies)).containsExactly(nairobi);
    assertThat(TenantContext.callAs(a, () -> contacts.priorities(nairobi.id())))
        .singleElement().extracting(EmbassyPriority::objective).isEqualTo("Protect press freedom ahead of the elections");
    assertThat(TenantContext.callAs(a, contacts::officers)).containsExactly(hro, expert);
    assertThat(expert.inWashington()).isTrue();
    assertThat(hro.contactCadence()).isEqualTo("P60D");
  }

  @Test
  void an_embassy_has_the_local_time_zone_chosen_for_it_or_its_countrys() {
    Embassy nairobi = TenantContext.callAs(a, () -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null)));
    assertThat(nairobi.timeZone()).as("Kenya has one zone").isEqualTo(java.time.ZoneId.of("Africa/Nairobi"));
    Embassy kinshasa = TenantContext.callAs(a, () -> contacts.addEmbassy(new NewEmbassy("CD", "Kinshasa", null,
        "Africa/Kinshasa")));
    assertThat(TenantContext.callAs(a, () -> contacts.embassy(kinshasa.id())).timeZone())
        .isEqualTo(java.time.ZoneId.of("Africa/Kinshasa"));
    assertThatThrownBy(() -> TenantContext.callAs(a, () -> contacts.addEmbassy(new NewEmbassy("KE", "Kisumu", null,
        "Africa/Atlantis"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsEntry("timeZone", "Choose a time zone from the list (an IANA zone such as Africa/Nairobi)."));
    Embassy moved = TenantContext.callAs(coalitions.coordinatorA(), () -> contacts.editEmbassy(nairobi.id(), nairobi.version(),
        new NewEmbassy("KE", "Nairobi", null, "Europe/London")));
    assertThat(moved.timeZone()).isEqualTo(java.time.ZoneId.of("Europe/London"));
  }

  @Test
  void bad_input_names_each_field_and_saves_nothing() {
    assertThatThrownBy(() -> TenantContext.callAs(a, () -> contacts.addEmbassy(new NewEmbassy("XX", " ", "ftp://x"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("country", "city", "website"));
    Embassy e = TenantContext.callAs(a, () -> contacts.addEmbassy(new NewEmbassy("GT", "Guatemala City", null)));
    assertThatThrownBy(() -> TenantContext.callAs(a, () -> contacts.addEmbassy(new NewEmbassy("GT", "Guatemala City", null))))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fieldErrors()).containsKey("city"));
    assertThatThrownBy(() -> TenantContext.callAs(a, () -> contacts.addPriority(e.id(),
        new NewPriority("", "not a url", LocalDate.now().plusDays(1)))))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fieldErrors())
            .containsOnlyKeys("objective", "sourceUrl", "capturedOn"));
    assertThatThrownBy(() -> TenantContext.callAs(a, () -> contacts.addOfficer(
        new NewOfficer(e.id(), "", null, null, "not-an-email", "every week"))))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fieldErrors())
            .containsOnlyKeys("name", "portfolio", "email", "contactCadence"));
    assertThat(TenantContext.callAs(a, contacts::embassies)).containsExactly(e);
    assertThat(TenantContext.callAs(a, () -> contacts.priorities(e.id()))).isEmpty();
    assertThat(TenantContext.callAs(a, contacts::officers)).isEmpty();
  }

  @Test
  void another_coalition_sees_none_of_it_and_cannot_attach_to_it() {
    Embassy nairobi = TenantContext.callAs(a, () -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null)));
    Officer officer = TenantContext.callAs(a, () -> contacts.addOfficer(
        new NewOfficer(nairobi.id(), "Jane Doe", null, Portfolio.LABOR, null, null)));

    assertThat(TenantContext.callAs(b, contacts::embassies)).isEmpty();
    assertThat(TenantContext.callAs(b, contacts::officers)).isEmpty();
    assertThatThrownBy(() -> TenantContext.callAs(b, () -> contacts.embassy(nairobi.id()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> TenantContext.callAs(b, () -> contacts.priorities(nairobi.id()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> TenantContext.callAs(b, () -> contacts.officer(officer.id()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> TenantContext.callAs(b, () -> contacts.addPriority(nairobi.id(),
        new NewPriority("x", "https://example.org", LocalDate.now())))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> TenantContext.callAs(b, () -> contacts.addOfficer(
        new NewOfficer(nairobi.id(), "Spy", null, Portfolio.OTHER, null, null)))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> TenantContext.callAs(b, () -> contacts.officer(UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
    assertThat(TenantContext.callAs(a, contacts::officers)).containsExactly(officer);
  }
}
