package org.liaison.workflow.internal;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A process engine plugin that adds a built-in task listener to every user task of every model at
 * deployment (a BPMN parse listener), so that no model has to name it: due dates, live inboxes.
 */
abstract class EveryUserTask extends AbstractProcessEnginePlugin {

  private final TaskListener listener;
  private final String[] events;

  EveryUserTask(TaskListener listener, String... events) {
    this.listener = listener;
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    if (config.getCustomPreBPMNParseListeners() == null) {
      config.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    config.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          for (String event : events) {
            userTask.getTaskDefinition().addBuiltInTaskListener(event, listener);
          }
        }
      }
    });
  }
}
