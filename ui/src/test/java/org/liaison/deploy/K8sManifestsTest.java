package org.liaison.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.deploy.DeploymentFiles.at;
import static org.liaison.deploy.DeploymentFiles.list;
import static org.liaison.deploy.DeploymentFiles.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

/**
 * deploy/k8s/, checked offline (no cluster and no schema download here): each object has a kind Kubernetes
 * serves at that apiVersion and the fields it requires; selectors, Services, Secrets and ports refer to what
 * exists; at least two replicas, a disruption budget, cookie affinity on the ingress; probes on the
 * application's own endpoints; environment names Liaison reads, enough for the prod profile; the image's
 * non-root user.
 */
class K8sManifestsTest {

  private static final Path K8S = DeploymentFiles.deploy().resolve("k8s");
  private static final Map<String, String> API_VERSIONS = Map.of("Deployment", "apps/v1", "Service", "v1",
      "ConfigMap", "v1", "Secret", "v1", "Ingress", "networking.k8s.io/v1", "PodDisruptionBudget", "policy/v1",
      "Kustomization", "kustomize.config.k8s.io/v1beta1");

  private final Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
  private final Map<String, List<String>> filesOf = new HashMap<>();

  K8sManifestsTest() throws IOException {
    try (Stream<Path> files = Files.list(K8S)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (Map<String, Object> o : DeploymentFiles.yamlDocuments(file)) {
          String kind = String.valueOf(o.get("kind"));
          assertThat(API_VERSIONS).as("%s: kind", file.getFileName()).containsKey(kind);
          assertThat(o.get("apiVersion")).as("%s: %s's apiVersion", file.getFileName(), kind).isEqualTo(API_VERSIONS.get(kind));
          String name = kind.equals("Kustomization") ? "kustomization" : String.valueOf(at(o, "metadata.name"));
          assertThat(name).as("%s: %s's name", file.getFileName(), kind).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
          assertThat(objects.put(kind + "/" + name, o)).as("%s/%s twice", kind, name).isNull();
          filesOf.computeIfAbsent(file.getFileName().toString(), f -> new ArrayList<>()).add(kind + "/" + name);
        }
      }
    }
  }

  private Map<String, Object> get(String kindAndName) {
    assertThat(objects).containsKey(kindAndName);
    return objects.get(kindAndName);
  }

  private Map<String, Object> container() {
    return map(list(at(get("Deployment/liaison"), "spec.template.spec.containers"), "containers").get(0), "container");
  }

  @Test
  void two_replicas_whose_labels_the_service_the_budget_and_the_ingress_reach() {
    Map<String, Object> deployment = get("Deployment/liaison");
    assertThat((Integer) at(deployment, "spec.replicas")).isGreaterThanOrEqualTo(2);
    Map<String, Object> podLabels = map(at(deployment, "spec.template.metadata.labels"), "pod labels");
    assertThat(podLabels).containsAllEntriesOf(map(at(deployment, "spec.selector.matchLabels"), "selector"));
    assertThat(podLabels).containsAllEntriesOf(map(at(get("Service/liaison"), "spec.selector"), "service selector"));

    Map<String, Object> pdb = get("PodDisruptionBudget/liaison");
    assertThat(podLabels).containsAllEntriesOf(map(at(pdb, "spec.selector.matchLabels"), "budget selector"));
    assertThat((Integer) at(pdb, "spec.minAvailable")).isBetween(1, (Integer) at(deployment, "spec.replicas") - 1);

    List<String> containerPorts = list(container().get("ports"), "ports").stream()
        .map(p -> String.valueOf(map(p, "port").get("name"))).toList();
    Map<String, Object> servicePort = map(list(at(get("Service/liaison"), "spec.ports"), "ports").get(0), "port");
    assertThat(containerPorts).contains(String.valueOf(servicePort.get("targetPort")));
    assertThat(at(map(list(container().get("ports"), "ports").get(0), "port"), "containerPort"))
        .as("the port the image listens on (PORT, ui/pom.xml)").isEqualTo(8080);

    Map<String, Object> ingress = get("Ingress/liaison");
    Map<String, Object> annotations = map(at(ingress, "metadata.annotations"), "annotations");
    assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
        .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
        .containsKey("nginx.ingress.kubernetes.io/session-cookie-name");
    Map<String, Object> rule = map(list(at(ingress, "spec.rules"), "rules").get(0), "rule");
    Map<String, Object> backend = map(at(map(list(at(rule, "http.paths"), "paths").get(0), "path"), "backend.service"), "backend");
    assertThat(objects).containsKey("Service/" + backend.get("name"));
    assertThat(at(backend, "port.name")).isEqualTo(servicePort.get("name"));
  }

  @Test
  void probes_ask_the_applications_liveness_and_readiness_on_its_port() {
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      assertThat(at(container(), probe + ".httpGet.port")).as(probe).isEqualTo("http");
      assertThat(String.valueOf(at(container(), probe + ".httpGet.path"))).as(probe)
          .isEqualTo(probe.equals("readinessProbe") ? "/actuator/health/readiness" : "/actuator/health/liveness");
    }
    // the start-up probe allows the slowest start measured (65 s on a busy 2-core machine) with room
    assertThat((Integer) at(container(), "startupProbe.periodSeconds") * (Integer) at(container(), "startupProbe.failureThreshold"))
        .isGreaterThanOrEqualTo(180);
    StandardEnvironment app = DeploymentFiles.applicationWith(Map.of(), "prod");
    assertThat(app.getProperty("management.endpoint.health.probes.enabled", Boolean.class)).isTrue();
    assertThat(app.getProperty("management.endpoints.web.exposure.include")).contains("health");
  }

  @Test
  void every_secret_reference_resolves_and_the_environment_is_one_the_prod_profile_reads_and_needs() {
    Map<String, String> env = new LinkedHashMap<>();
    map(at(get("ConfigMap/liaison"), "data"), "data").forEach((k, v) -> env.put(k, String.valueOf(v)));
    for (Object e : list(container().get("env"), "env")) {
      Map<String, Object> variable = map(e, "env");
      String name = String.valueOf(variable.get("name"));
      Map<String, Object> ref = map(at(variable, "valueFrom.secretKeyRef"), name);
      Map<String, Object> secret = get("Secret/" + ref.get("name"));
      assertThat(map(secret.get("stringData"), "stringData")).as(name).containsKey(String.valueOf(ref.get("key")));
      env.put(name, "from-secret-" + ref.get("key"));
    }
    assertThat(list(container().get("envFrom"), "envFrom")).anySatisfy(f ->
        assertThat(at(map(f, "envFrom"), "configMapRef.name")).isEqualTo("liaison"));
    assertThat(env.keySet().stream().filter(v -> !DeploymentFiles.applicationReads(v))).as("variables Liaison does not read").isEmpty();
    assertThat(env).containsKeys(DeploymentFiles.REQUIRED_IN_PROD.toArray(String[]::new));

    // the master key file is the key of the mounted Secret
    Path keyFile = Path.of(env.get("LIAISON_MASTER_KEY_FILE"));
    Map<String, Object> mount = list(container().get("volumeMounts"), "mounts").stream().map(m -> map(m, "mount"))
        .filter(m -> m.get("mountPath").equals(keyFile.getParent().toString())).findFirst().orElseThrow();
    Map<String, Object> volume = list(at(get("Deployment/liaison"), "spec.template.spec.volumes"), "volumes").stream()
        .map(v -> map(v, "volume")).filter(v -> v.get("name").equals(mount.get("name"))).findFirst().orElseThrow();
    assertThat(map(get("Secret/" + at(volume, "secret.secretName")).get("stringData"), "master key"))
        .containsKey(keyFile.getFileName().toString());
    assertThat(Path.of(env.get("LIAISON_AUDIT_ANCHOR_FILE")).getParent().toString()).as("a writable mount")
        .isIn(list(container().get("volumeMounts"), "mounts").stream().map(m -> String.valueOf(map(m, "m").get("mountPath"))).toList());

    StandardEnvironment app = DeploymentFiles.applicationWith(env, env.get("SPRING_PROFILES_ACTIVE"));
    assertThat(app.getProperty("spring.datasource.url")).isEqualTo("from-secret-url");
    assertThat(app.getProperty("spring.flyway.password")).isEqualTo("from-secret-owner-password");
    assertThat(app.getProperty("liaison.keys.master-key-file")).isEqualTo(keyFile.toString());
    assertThat(app.getProperty("liaison.keys.generate-master-key", Boolean.class)).isFalse();
    assertThat(app.getProperty("spring.security.oauth2.client.provider.keycloak.issuer-uri")).isEqualTo("from-secret-issuer");
    assertThat(app.getProperty("liaison.auth")).isEqualTo("keycloak");
  }

  @Test
  void pods_run_as_the_images_non_root_user_with_measured_resources() throws IOException {
    Matcher user = Pattern.compile("<user>(\\d+):(\\d+)</user>")
        .matcher(Files.readString(DeploymentFiles.root().resolve("ui/pom.xml")));
    assertThat(user.find()).as("the image's <user> in ui/pom.xml").isTrue();
    Map<String, Object> pod = map(at(get("Deployment/liaison"), "spec.template.spec"), "pod");
    assertThat(at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
    assertThat(at(pod, "securityContext.runAsUser")).isEqualTo(Integer.parseInt(user.group(1)));
    assertThat(at(container(), "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
    assertThat(mebibytes(at(container(), "resources.requests.memory"))).as("measured RSS ~0.8 GB").isGreaterThanOrEqualTo(1024);
    assertThat(mebibytes(at(container(), "resources.limits.memory")))
        .isGreaterThanOrEqualTo(mebibytes(at(container(), "resources.requests.memory")));
    assertThat(at(container(), "resources.requests.cpu")).isNotNull();
  }

  @Test
  void kustomization_applies_every_manifest_but_the_example_secrets() {
    List<Object> resources = list(at(get("Kustomization/kustomization"), "resources"), "resources");
    List<String> expected = filesOf.keySet().stream()
        .filter(f -> !f.equals("kustomization.yaml") && !f.equals("secrets.example.yaml")).sorted().toList();
    assertThat(resources.stream().map(String::valueOf).sorted().toList()).isEqualTo(expected);
  }

  private static int mebibytes(Object quantity) {
    Matcher m = Pattern.compile("(\\d+)(Mi|Gi)").matcher(String.valueOf(quantity));
    assertThat(m.matches()).as("a quantity in Mi or Gi: %s", quantity).isTrue();
    return Integer.parseInt(m.group(1)) * (m.group(2).equals("Gi") ? 1024 : 1);
  }
}
