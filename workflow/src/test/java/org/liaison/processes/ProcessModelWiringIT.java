package org.liaison.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every model in processes/ is wired to what exists: each delegate expression names a Spring bean,
 * each candidate group is a coalition-scoped role, each process has a history time to live. A typo
 * fails the build, not production.
 */
class ProcessModelWiringIT extends DatabaseIT {

  static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)}");
  static final Pattern TENANT_GROUP = Pattern.compile("\\$\\{execution\\.tenantId}:(\\w+)");
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  @Autowired ApplicationContext context;

  record Model(String name, BpmnModelInstance instance) {}

  static List<Model> models() throws IOException {
    List<Model> models = new ArrayList<>();
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
      try (InputStream in = r.getInputStream()) {
        models.add(new Model(r.getFilename(), Bpmn.readModelFromStream(in)));
      }
    }
    return models;
  }

  @Test
  void every_delegate_expression_names_a_bean() throws IOException {
    List<Model> models = models();
    assertThat(models).extracting(Model::name).contains("raise-issue.bpmn");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Model model : models) {
      for (DomElement element : allElements(model.instance().getDocument().getRootElement())) {
        String expression = element.getAttribute(CAMUNDA_NS, "delegateExpression");
        if (expression == null) {
          continue;
        }
        checked++;
        Matcher m = BEAN.matcher(expression);
        if (!m.matches() || !context.containsBean(m.group(1))) {
          missing.add(model.name() + ": " + expression);
        }
      }
    }
    assertThat(checked).isPositive();
    assertThat(missing).as("delegate expressions without a bean").isEmpty();
  }

  /** {@code ${outreachPlan.recipients(execution)}}, {@code ${nextStepsPlan.owner(nextStepId)}} … in any attribute or text. */
  static final Pattern METHOD_CALL = Pattern.compile("\\$\\{\\s*(\\w+)\\.(\\w+)\\(");

  @Test
  void every_bean_called_in_an_expression_exists_with_that_method() throws IOException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Model model : models()) {
      for (DomElement element : allElements(model.instance().getDocument().getRootElement())) {
        List<String> texts = new ArrayList<>(element.getChildElements().isEmpty() && element.getTextContent() != null
            ? List.of(element.getTextContent()) : List.of());
        for (String attribute : List.of("collection", "assignee", "candidateUsers", "dueDate", "expression")) {
          String value = element.getAttribute(CAMUNDA_NS, attribute);
          if (value != null) {
            texts.add(value);
          }
        }
        for (String text : texts) {
          Matcher m = METHOD_CALL.matcher(text);
          while (m.find()) {
            if (m.group(1).equals("execution")) {
              continue;
            }
            checked++;
            String bean = m.group(1);
            String method = m.group(2);
            boolean found = context.containsBean(bean) && Arrays.stream(context.getType(bean).getMethods())
                .anyMatch(candidate -> candidate.getName().equals(method));
            if (!found) {
              missing.add(model.name() + ": " + bean + "." + method);
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(4);
    assertThat(missing).as("beans or methods called by models that do not exist").isEmpty();
  }

  @Test
  void the_whole_catalog_is_deployed() throws IOException {
    assertThat(models()).extracting(Model::name).contains("raise-issue.bpmn", "embassy-meeting.bpmn",
        "relationship-cadence.bpmn", "convening.bpmn", "hrr-input.bpmn", "defender-emergency.bpmn",
        "court-hearing.bpmn");
    assertThat(context.getBean(org.camunda.bpm.engine.RepositoryService.class).createProcessDefinitionQuery()
        .latestVersion().list()).extracting(d -> d.getKey()).contains("raise-issue", "embassy-meeting",
        "relationship-cadence", "convening", "hrr-input", "defender-emergency", "court-hearing");
    assertThat(context.getBean(org.camunda.bpm.engine.RepositoryService.class).createDecisionDefinitionQuery()
        .latestVersion().list()).extracting(d -> d.getKey()).contains("route-case", "case-urgency");
  }

  @Test
  void every_candidate_group_is_a_coalition_scoped_role() throws IOException {
    Set<String> roles = Arrays.stream(Role.values()).map(Role::key).collect(Collectors.toSet());
    List<String> wrong = new ArrayList<>();
    for (Model model : models()) {
      for (UserTask task : model.instance().getModelElementsByType(UserTask.class)) {
        String groups = task.getCamundaCandidateGroups();
        if (groups == null) {
          assertThat(task.getCamundaAssignee()).as("%s %s has neither candidate groups nor an assignee",
              model.name(), task.getId()).isNotBlank();
          continue;
        }
        for (String group : groups.split(",")) {
          Matcher m = TENANT_GROUP.matcher(group.strip());
          if (!m.matches() || !roles.contains(m.group(1))) {
            wrong.add(model.name() + " " + task.getId() + ": " + group);
          }
        }
      }
    }
    assertThat(wrong).as("candidate groups that are not <tenant>:<role>").isEmpty();
  }

  @Test
  void every_process_is_executable_with_a_history_time_to_live() throws IOException {
    for (Model model : models()) {
      for (Process process : model.instance().getModelElementsByType(Process.class)) {
        assertThat(process.isExecutable()).as(model.name()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(model.name()).isNotBlank();
      }
    }
  }

  private static List<DomElement> allElements(DomElement root) {
    List<DomElement> all = new ArrayList<>();
    all.add(root);
    for (DomElement child : root.getChildElements()) {
      all.addAll(allElements(child));
    }
    return all;
  }

}
