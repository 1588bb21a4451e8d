package org.liaison.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** The structure rules of CONVENTIONS.md, checked on the compiled code of all modules. */
@AnalyzeClasses(packages = "org.liaison",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

  /** Test code of other modules arrives as {@code *-tests.jar}, which DoNotIncludeTests does not know. */
  static class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("-tests.jar");
    }
  }

  /** Features with an internal package: nothing outside the feature may reach into it. */
  static final List<String> FEATURES_WITH_INTERNALS = List.of("cases", "outreach", "workflow", "mail", "officers",
      "meetings", "hearings", "convenings", "hrr", "defenders");

  /** Screens compose several features; the features themselves must form no cycle. */
  @ArchTest
  static final ArchRule features_do_not_depend_on_each_other_in_cycles = slices()
      .matching("org.liaison.(*)..")
      .should().beFreeOfCycles()
      .ignoreDependency(JavaClass.Predicates.resideInAPackage("..ui.."), DescribedPredicate.alwaysTrue());

  @ArchTest
  static final ArchRule screens_never_touch_the_engine_repositories_or_sql = noClasses()
      .that().resideInAPackage("..ui..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.camunda..", "..internal..", "org.springframework.data..", "org.springframework.jdbc..",
          "jakarta.persistence..", "java.sql..");

  @ArchTest
  static final ArchRule only_the_workflow_facade_drives_the_engine_for_users = noClasses()
      .that().resideOutsideOfPackage("org.liaison.workflow..")
      .should().dependOnClassesThat().belongToAnyOf(
          TaskService.class, RuntimeService.class, FormService.class, IdentityService.class, HistoryService.class);

  @ArchTest
  static void nothing_reaches_into_another_features_internals(JavaClasses classes) {
    for (String feature : FEATURES_WITH_INTERNALS) {
      noClasses().that().resideOutsideOfPackage("org.liaison." + feature + "..")
          .should().dependOnClassesThat().resideInAPackage("org.liaison." + feature + ".internal..")
          .because("the internals of " + feature + " are reached through its service")
          .check(classes);
    }
  }

  @ArchTest
  static final ArchRule every_screen_says_who_may_open_it = classes()
      .that().areAnnotatedWith(Route.class)
      .should().beAnnotatedWith(PermitAll.class)
      .orShould().beAnnotatedWith(RolesAllowed.class)
      .orShould().beAnnotatedWith(AnonymousAllowed.class);
}
