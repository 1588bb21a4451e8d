package org.liaison.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/** A coalition's member organisations: coordinators add them, names are unique per coalition. */
class MemberOrganisationServiceIT extends DatabaseIT {

  @Autowired MemberOrganisationService organisations;


  @Test
  void a_coordinator_adds_organisations_that_everyone_in_the_coalition_reads_by_name() {
    TenantContext.runAs(coalitions.coordinatorA(), () -> {
      organisations.add(new NewMemberOrganisation(" Media Watch ", "input@mediawatch.example"));
      organisations.add(new NewMemberOrganisation("Article Nineteen Kenya", "kenya@a19.example"));
    });

    assertThat(TenantContext.callAs(coalitions.memberA(), organisations::list))
        .extracting(MemberOrganisation::name, MemberOrganisation::contactEmail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Article Nineteen Kenya", "kenya@a19.example"),
            org.assertj.core.groups.Tuple.tuple("Media Watch", "input@mediawatch.example"));
    assertThat(organisations.forCoalition(coalitions.a.id())).hasSize(2);
    assertThat(TenantContext.callAs(coalitions.coordinatorB(), organisations::list)).as("another coalition").isEmpty();
  }

  @Test
  void a_name_the_coalition_already_has_is_refused_on_the_name_field_whatever_its_case() {
    TenantContext.runAs(coalitions.coordinatorA(),
        () -> organisations.add(new NewMemberOrganisation("Media Watch", "input@mediawatch.example")));

    assertThatThrownBy(() -> TenantContext.runAs(coalitions.coordinatorA(),
        () -> organisations.add(new NewMemberOrganisation("media watch ", "other@mediawatch.example"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnly(org.assertj.core.api.Assertions.entry("name",
                "The coalition already has a member organisation called media watch.")));
    assertThat(TenantContext.callAs(coalitions.memberA(), organisations::list)).hasSize(1);

    // another coalition may have an organisation of the same name
    TenantContext.runAs(coalitions.coordinatorB(),
        () -> organisations.add(new NewMemberOrganisation("Media Watch", "b@mediawatch.example")));
    assertThat(TenantContext.callAs(coalitions.coordinatorB(), organisations::list)).hasSize(1);
  }

  @Test
  void bad_input_is_named_per_field_and_nothing_is_saved() {
    assertThatThrownBy(() -> TenantContext.runAs(coalitions.coordinatorA(),
        () -> organisations.add(new NewMemberOrganisation(" ", "not-an-address"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsEntry("name", "Give the organisation's name.")
            .containsEntry("contactEmail", "Give a valid e-mail address, such as info@organisation.org."));
    assertThatThrownBy(() -> TenantContext.runAs(coalitions.coordinatorA(),
        () -> organisations.add(new NewMemberOrganisation("x".repeat(201), ""))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("name", "contactEmail"));
    assertThat(TenantContext.callAs(coalitions.coordinatorA(), organisations::list)).isEmpty();
  }

  @Test
  void a_member_cannot_add_an_organisation() {
    assertThatThrownBy(() -> TenantContext.runAs(coalitions.memberA(),
        () -> organisations.add(new NewMemberOrganisation("Media Watch", "input@mediawatch.example"))))
        .isInstanceOf(NotAllowedException.class);
    assertThat(TenantContext.callAs(coalitions.memberA(), organisations::list)).isEmpty();
  }

  @Test
  void a_coalition_records_at_most_five_hundred_organisations_and_the_one_beyond_is_refused_with_the_reason()
      throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(database().url(), database().username(),
        database().password()); java.sql.PreparedStatement st = c.prepareStatement("""
        insert into app.member_organisation (id, tenant_id, name, contact_email, created_at)
        select gen_random_uuid(), ?, 'Organisation ' || n, 'o' || n || '@example.org', now()
          from generate_series(1, ?) n""")) {
      st.setString(1, coalitions.a.id());
      st.setInt(2, MemberOrganisationService.MAX - 1);
      st.executeUpdate();
    }
    TenantContext.runAs(coalitions.coordinatorA(),
        () -> organisations.add(new NewMemberOrganisation("The last one", "last@example.org")));
    assertThatThrownBy(() -> TenantContext.runAs(coalitions.coordinatorA(),
        () -> organisations.add(new NewMemberOrganisation("One too many", "many@example.org"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("name"))
            .contains("already records 500 member organisations").contains("remove one"));
    assertThat(TenantContext.callAs(coalitions.memberA(), organisations::count)).isEqualTo(MemberOrganisationService.MAX);
    assertThat(TenantContext.callAs(coalitions.memberA(), organisations::list)).hasSize(MemberOrganisationService.MAX)
        .noneMatch(o -> o.name().equals("One too many"));
  }
}
