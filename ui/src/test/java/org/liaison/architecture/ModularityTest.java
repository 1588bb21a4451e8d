package org.liaison.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure as Spring Modulith derives it: every direct package of {@code org.liaison} is
 * a module (none is listed by hand, so a new one cannot be missed), modules form no cycle and use
 * only each other's top-level packages, never an {@code internal} one, and a module that declares its
 * allowed dependencies (the record kernel: no feature) keeps to them. The screens ({@code ..ui..})
 * compose every feature by design and are left to {@link ArchitectureTest}. The test also draws the
 * modules into {@code docs/modules/} (committed), so the picture changes with the code.
 */
class ModularityTest {

  /** Screens, and test code that reaches this classpath as other modules' {@code -tests.jar} or test classes. */
  static final DescribedPredicate<JavaClass> NOT_MODULES = DescribedPredicate.describe("screens and test code",
      c -> c.getPackageName().endsWith(".ui") || c.getPackageName().contains(".ui.")
          || c.getSource().map(s -> s.getUri().toString()).filter(uri -> uri.contains("-tests.jar")
              || uri.contains("/test-classes/")).isPresent());

  static final ApplicationModules MODULES = ApplicationModules.of(LiaisonApplication.class, NOT_MODULES);

  @Test
  void modules_form_no_cycle_and_reach_into_no_internals() {
    MODULES.verify();
  }

  @Test
  void the_record_kernel_depends_on_no_feature() {
    ApplicationModule kernel = MODULES.getModuleByName("records").orElseThrow();
    assertThat(kernel.getDirectDependencies(MODULES).stream().map(d -> d.getTargetModule().getName()))
        .isSubsetOf("common", "processes", "steps", "tenancy");
    assertThat(MODULES.stream().map(ApplicationModule::getName)).contains("tenancy", "records", "cases", "meetings");
  }

  /**
   * Runs with the build: writes the module canvases (AsciiDoc) and diagrams (PlantUML) into
   * docs/modules/. The Documenter lists a diagram's relations in no stable order, so they are sorted
   * before a file is written, and a file is only rewritten when its content changed: an unchanged
   * structure leaves the committed pictures untouched.
   */
  @Test
  void the_modules_are_documented() throws IOException {
    Path generated = Path.of("target", "modules-docs");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString())).writeDocumentation();
    Path docs = Path.of("..", "docs", "modules");
    Files.createDirectories(docs);
    Set<String> written = new TreeSet<>();
    try (Stream<Path> files = Files.list(generated)) {
      for (Path file : files.toList()) {
        String content = stableOrder(Files.readString(file));
        Path target = docs.resolve(file.getFileName().toString());
        if (!Files.exists(target) || !Files.readString(target).equals(content)) {
          Files.writeString(target, content);
        }
        written.add(file.getFileName().toString());
      }
    }
    try (Stream<Path> old = Files.list(docs)) {
      for (Path file : old.filter(p -> !written.contains(p.getFileName().toString())).toList()) {
        Files.delete(file);
      }
    }
    assertThat(written).contains("components.puml", "module-records.puml", "module-records.adoc");
  }

  /** The relations ({@code Rel(…)} lines) of a PlantUML diagram sorted; their order draws nothing. */
  static String stableOrder(String content) {
    List<String> lines = content.lines().toList();
    List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
    List<String> ordered = new ArrayList<>();
    boolean placed = false;
    for (String line : lines) {
      if (!line.startsWith("Rel(")) {
        ordered.add(line);
      } else if (!placed) {
        ordered.addAll(relations);
        placed = true;
      }
    }
    return String.join("\n", ordered) + "\n";
  }
}
