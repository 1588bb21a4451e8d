package org.liaison.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.liaison.inbox.ui.TaskFormFactory;
import org.liaison.steps.StepCatalog;
import org.liaison.steps.StepDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Every user task of every model can be completed in the UI: its form key has a form of its own or
 * is a generic step, and a generic step's texts are in the translation bundle. A task added to a
 * model without a form fails here, not in a coordinator's inbox.
 */
class EveryTaskHasAFormIT extends AppIT {

  @Autowired List<TaskFormFactory> forms;
  @Autowired List<StepCatalog> catalogs;
  @Autowired I18NProvider i18n;

  record Task(String model, String id, String formKey) {}

  static List<Task> userTasks() throws Exception {
    List<Task> tasks = new ArrayList<>();
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
      try (InputStream in = r.getInputStream()) {
        BpmnModelInstance model = Bpmn.readModelFromStream(in);
        model.getModelElementsByType(UserTask.class)
            .forEach(t -> tasks.add(new Task(r.getFilename(), t.getId(), t.getCamundaFormKey())));
      }
    }
    return tasks;
  }

  @Test
  void every_user_task_has_a_form_or_is_a_generic_step_with_its_texts() throws Exception {
    Set<String> specific = forms.stream().map(TaskFormFactory::formKey).collect(Collectors.toSet());
    Map<String, StepDefinition> generic = catalogs.stream().flatMap(c -> c.steps().stream())
        .collect(Collectors.toMap(StepDefinition::formKey, Function.identity()));
    List<Task> tasks = userTasks();
    assertThat(tasks).extracting(Task::model).contains("raise-issue.bpmn", "embassy-meeting.bpmn",
        "relationship-cadence.bpmn", "convening.bpmn", "hrr-input.bpmn", "defender-emergency.bpmn", "court-hearing.bpmn");

    List<String> problems = new ArrayList<>();
    for (Task task : tasks) {
      if (task.formKey() == null) {
        problems.add(task + ": no form key");
      } else if (specific.contains(task.formKey()) && generic.containsKey(task.formKey())) {
        problems.add(task + ": both a form and a generic step");
      } else if (!specific.contains(task.formKey()) && !generic.containsKey(task.formKey())) {
        problems.add(task + ": neither a form nor a generic step");
      } else if (generic.containsKey(task.formKey())) {
        StepDefinition step = generic.get(task.formKey());
        String key = "step." + step.formKey().substring(step.formKey().indexOf(':') + 1);
        List<String> texts = new ArrayList<>(List.of(key + ".intro"));
        if (step.decides()) {
          texts.addAll(List.of(key + ".question", key + ".yes", key + ".no"));
        }
        texts.stream().filter(k -> i18n.getTranslation(k, Locale.ENGLISH).startsWith("!"))
            .forEach(k -> problems.add(task + ": no text '" + k + "' in translations.properties"));
      }
    }
    assertThat(problems).as("user tasks the inbox could not complete").isEmpty();
  }

  @Test
  void every_process_has_a_name_on_screen() throws Exception {
    for (String process : userTasks().stream().map(t -> t.model().replace(".bpmn", "")).distinct().toList()) {
      assertThat(i18n.getTranslation("process." + process, Locale.ENGLISH)).as(process).doesNotStartWith("!");
    }
  }
}
