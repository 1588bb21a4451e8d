package org.liaison.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the deployment files (deploy/) are checked against: the application's own configuration, as Spring
 * Boot reads it. No Docker engine and no Kubernetes cluster run where Liaison is built, so the compose file
 * and the manifests are parsed and checked here instead of being started.
 */
final class DeploymentFiles {

  /** What the prod profile cannot start without (FirstPlatformAdmin, MasterKeyConfiguration, MailConfiguration, the datasource). */
  static final List<String> REQUIRED_IN_PROD = List.of("LIAISON_DB_URL", "LIAISON_DB_USER", "LIAISON_DB_PASSWORD",
      "LIAISON_DB_OWNER_USER", "LIAISON_DB_OWNER_PASSWORD", "LIAISON_PUBLIC_URL", "LIAISON_PLATFORM_ADMIN_USERNAME",
      "LIAISON_PLATFORM_ADMIN_EMAIL", "SPRING_MAIL_HOST", "LIAISON_MAIL_FROM");

  private DeploymentFiles() {
  }

  static Path deploy() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("deploy")) && Files.isRegularFile(p.resolve("mvnw"))) {
        return p.resolve("deploy");
      }
    }
    throw new IllegalStateException("no deploy/ above " + Path.of("").toAbsolutePath());
  }

  static Path root() {
    return deploy().getParent();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> yamlDocuments(Path file) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    List<Map<String, Object>> documents = new ArrayList<>();
    try {
      for (Object document : new Yaml(new SafeConstructor(options)).loadAll(Files.readString(file))) {
        if (document != null) {
          assertThat(document).as("%s: a YAML mapping", file).isInstanceOf(Map.class);
          documents.add((Map<String, Object>) document);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, String what) {
    assertThat(node).as(what).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node, String what) {
    assertThat(node).as(what).isInstanceOf(List.class);
    return (List<Object>) node;
  }

  /** Follows a path of keys through nested mappings, failing with the path when a step is missing. */
  static Object at(Map<String, Object> node, String path) {
    Object current = node;
    for (String key : path.split("\\.")) {
      assertThat(current).as("%s (at %s)", path, key).isInstanceOf(Map.class);
      Map<?, ?> m = (Map<?, ?>) current;
      assertThat(m.containsKey(key)).as("%s: no %s in %s", path, key, m.keySet()).isTrue();
      current = m.get(key);
    }
    return current;
  }

  /**
   * The application's effective configuration with these environment variables and profiles, read as Spring
   * Boot reads it at start (application.yml and its profile documents, relaxed binding of the variables).
   */
  static StandardEnvironment applicationWith(Map<String, String> environment, String profiles) {
    StandardEnvironment result = new StandardEnvironment();
    result.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    result.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(environment)));
    ConfigDataEnvironmentPostProcessor.applyTo(result, new DefaultResourceLoader(), new DefaultBootstrapContext(),
        profiles.split(","));
    return result;
  }

  private static Set<String> known;

  /**
   * Whether the application reads this environment variable: a {@code ${NAME}} placeholder in
   * application.yml, or the relaxed name of a property of application.yml or of the Spring Boot
   * configuration metadata on the classpath (e.g. SPRING_MAIL_HOST, SERVER_FORWARD_HEADERS_STRATEGY).
   */
  static boolean applicationReads(String variable) {
    if (variable.equals("JAVA_TOOL_OPTIONS")) {
      return true;
    }
    Set<String> names = knownNames();
    String n = normalized(variable);
    if (names.contains(n)) {
      return true;
    }
    // map-valued properties: spring.mail.properties.* (SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE)
    return names.stream().anyMatch(k -> k.endsWith("*") && n.startsWith(k.substring(0, k.length() - 1)));
  }

  private static synchronized Set<String> knownNames() {
    if (known != null) {
      return known;
    }
    Set<String> names = new HashSet<>();
    try {
      String yml = Files.readString(root().resolve("ui/src/main/resources/application.yml"));
      Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(yml);
      while (placeholder.find()) {
        names.add(normalized(placeholder.group(1)));
      }
      for (Map<String, Object> document : yamlDocuments(root().resolve("ui/src/main/resources/application.yml"))) {
        flatten("", document, names);
      }
      ObjectMapper json = new ObjectMapper();
      for (String resource : List.of("META-INF/spring-configuration-metadata.json",
          "META-INF/additional-spring-configuration-metadata.json")) {
        Enumeration<URL> urls = DeploymentFiles.class.getClassLoader().getResources(resource);
        for (URL url : Collections.list(urls)) {
          try (InputStream in = url.openStream()) {
            JsonNode properties = json.readTree(in).path("properties");
            for (JsonNode p : properties) {
              String name = p.path("name").asText();
              String type = p.path("type").asText("");
              names.add(normalized(name) + (type.startsWith("java.util.Map") ? "*" : ""));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    known = names;
    return names;
  }

  private static void flatten(String prefix, Map<?, ?> node, Set<String> names) {
    node.forEach((k, v) -> {
      String name = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
      if (v instanceof Map<?, ?> m) {
        flatten(name, m, names);
      } else {
        names.add(normalized(name));
      }
    });
  }

  private static String normalized(String name) {
    return name.replaceAll("[._\\-\\[\\]]", "").toUpperCase(Locale.ROOT);
  }
}
