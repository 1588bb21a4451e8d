package org.liaison.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * The structure rules of CONVENTIONS.md that Spring Modulith does not express, checked on the compiled
 * code of all modules: screens never touch the engine, repositories or SQL, only the workflow facade
 * drives the engine, and every screen says who may open it. Cycles between features and reaching into
 * another feature's internals are {@link ModularityTest}'s, for every module without a hand-kept list.
 */
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
  static final ArchRule every_screen_says_who_may_open_it = classes()
      .that().areAnnotatedWith(Route.class)
      .should().beAnnotatedWith(PermitAll.class)
      .orShould().beAnnotatedWith(RolesAllowed.class)
      .orShould().beAnnotatedWith(AnonymousAllowed.class);
}
