package org.liaison.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.deploy.DeploymentFiles.at;
import static org.liaison.deploy.DeploymentFiles.list;
import static org.liaison.deploy.DeploymentFiles.map;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

/**
 * deploy/compose.yaml, checked as far as it can be without a Docker engine: every reference resolves (services,
 * files, volumes), the nodes' environment is one the application reads and gives the prod profile what it
 * needs, the health checks ask the application's readiness probe, and the proxy is sticky over both nodes.
 */
class ComposeFileTest {

  private static final Path COMPOSE = DeploymentFiles.deploy().resolve("compose.yaml");
  private static final List<String> NODES = List.of("liaison1", "liaison2");

  private final Map<String, Object> compose = DeploymentFiles.yamlDocuments(COMPOSE).get(0);
  private final Map<String, Object> services = map(compose.get("services"), "services");

  private Map<String, Object> service(String name) {
    return map(services.get(name), "service " + name);
  }

  /** The node's environment as compose would pass it, with ${VAR:?…} and ${VAR:-default} filled in. */
  private Map<String, String> environment(String node) {
    Map<String, String> env = new LinkedHashMap<>();
    map(service(node).get("environment"), node + ".environment").forEach((k, v) -> {
      Matcher m = Pattern.compile("\\$\\{([A-Z_0-9]+)(?::([?-])([^}]*))?}").matcher(String.valueOf(v));
      StringBuilder value = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(value, Matcher.quoteReplacement("-".equals(m.group(2)) ? m.group(3) : "from-env-" + m.group(1)));
      }
      m.appendTail(value);
      env.put(k, value.toString());
    });
    return env;
  }

  @Test
  void it_has_the_database_keycloak_mailpit_two_nodes_and_a_proxy_and_every_reference_resolves() {
    assertThat(services).containsKeys("postgres", "keycloak", "mailpit", "liaison1", "liaison2", "proxy");
    services.forEach((name, s) -> {
      Map<String, Object> service = map(s, name);
      assertThat(service.get("image")).as("%s.image", name).asString().isNotBlank();
      Object dependsOn = service.get("depends_on");
      if (dependsOn != null) {
        assertThat(services).as("%s depends on", name).containsKeys(map(dependsOn, name).keySet().toArray(String[]::new));
      }
      for (Object volume : service.get("volumes") == null ? List.of() : list(service.get("volumes"), name)) {
        String source = String.valueOf(volume).split(":")[0];
        if (source.startsWith(".")) {
          assertThat(COMPOSE.getParent().resolve(source).normalize()).as("%s mounts", name).isRegularFile();
        } else {
          assertThat(map(compose.get("volumes"), "volumes")).as("%s's named volume", name).containsKey(source);
        }
      }
    });
    for (String node : NODES) {
      assertThat(map(service(node).get("depends_on"), node)).containsKeys("postgres", "keycloak", "mailpit");
      assertThat(at(service(node), "depends_on.postgres.condition")).isEqualTo("service_healthy");
    }
    assertThat(map(service("proxy").get("depends_on"), "proxy").keySet()).containsExactlyInAnyOrderElementsOf(NODES);
  }

  @Test
  void the_nodes_give_the_prod_profile_what_it_needs_with_names_the_application_reads() {
    for (String node : NODES) {
      Map<String, String> env = environment(node);
      assertThat(env.keySet().stream().filter(v -> !DeploymentFiles.applicationReads(v)))
          .as("%s: variables Liaison does not read", node).isEmpty();
      assertThat(env).as(node).containsKeys(DeploymentFiles.REQUIRED_IN_PROD.toArray(String[]::new));
      assertThat(env.keySet()).as(node).containsAnyOf("LIAISON_MASTER_KEY", "LIAISON_MASTER_KEY_FILE");

      StandardEnvironment app = DeploymentFiles.applicationWith(env, env.get("SPRING_PROFILES_ACTIVE"));
      assertThat(app.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://postgres:5432/liaison");
      assertThat(app.getProperty("spring.flyway.user")).isEqualTo("liaison_owner");
      assertThat(app.getProperty("liaison.database.embedded", Boolean.class)).isFalse();
      assertThat(app.getProperty("spring.mail.host")).isEqualTo("mailpit");
      assertThat(app.getProperty("liaison.keys.master-key")).isNotBlank();
      assertThat(app.getProperty("liaison.auth")).isEqualTo("keycloak");
      assertThat(app.getProperty("server.port")).isEqualTo("8080");
      assertThat(app.getProperty("server.address")).isEqualTo("0.0.0.0");

      // the issuer names the keycloak service on the port it listens on, and the realm the file imports
      URI issuer = URI.create(app.getProperty("spring.security.oauth2.client.provider.keycloak.issuer-uri"));
      assertThat(issuer.getHost()).isEqualTo("keycloak");
      List<Object> keycloakCommand = list(service("keycloak").get("command"), "keycloak.command");
      assertThat(keycloakCommand).contains("--import-realm");
      assertThat(String.valueOf(keycloakCommand.get(keycloakCommand.indexOf("--http-port") + 1)))
          .isEqualTo(String.valueOf(issuer.getPort()));
      assertThat(issuer.getPath()).isEqualTo("/realms/liaison");
    }
    assertThat(list(service("keycloak").get("volumes"), "keycloak.volumes"))
        .contains("./keycloak/realm-liaison.json:/opt/keycloak/data/import/realm-liaison.json:ro");
    assertThat(String.valueOf(environment("liaison1").get("SPRING_MAIL_PORT"))).isEqualTo("1025");
  }

  @Test
  void health_checks_ask_the_readiness_probe_and_the_proxy_is_sticky_over_both_nodes() throws Exception {
    for (String node : NODES) {
      assertThat(String.join(" ", list(at(service(node), "healthcheck.test"), node).stream().map(String::valueOf).toList()))
          .contains("/actuator/health/readiness").contains("/8080");
    }
    StandardEnvironment app = DeploymentFiles.applicationWith(Map.of(), "prod");
    assertThat(app.getProperty("management.endpoint.health.probes.enabled", Boolean.class)).isTrue();
    assertThat(app.getProperty("management.endpoints.web.exposure.include")).contains("health");

    assertThat(list(service("proxy").get("volumes"), "proxy.volumes")).anySatisfy(v ->
        assertThat(String.valueOf(v)).startsWith("./compose/haproxy.cfg:"));
    assertThat(list(service("proxy").get("ports"), "proxy.ports")).contains("8080:8080");
    String haproxy = Files.readString(COMPOSE.getParent().resolve("compose/haproxy.cfg"));
    assertThat(haproxy).contains("bind :8080").contains("cookie SERVERID insert indirect nocache")
        .contains("option httpchk GET /actuator/health/readiness").contains("option redispatch");
    for (String node : NODES) {
      assertThat(haproxy).containsPattern("(?m)^\\s*server " + node + " " + node + ":8080 check cookie " + node + "$");
    }
    String local = Files.readString(DeploymentFiles.deploy().resolve("local-cluster/haproxy.cfg"));
    assertThat(local).contains("cookie SERVERID insert indirect nocache")
        .contains("option httpchk GET /actuator/health/readiness").contains("option redispatch");
  }
}
