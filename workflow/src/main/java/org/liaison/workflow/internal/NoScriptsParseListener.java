package org.liaison.workflow.internal;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses script tasks at deployment: logic belongs in tested Spring beans called by delegate
 * expressions, not in scripts embedded in a model.
 */
class NoScriptsParseListener extends AbstractBpmnParseListener {

  @Override
  public void parseScriptTask(Element scriptTaskElement, ScopeImpl scope, ActivityImpl activity) {
    throw new IllegalArgumentException("Script task '" + activity.getId()
        + "' is not allowed in Liaison models: call a Spring bean with camunda:delegateExpression instead");
  }
}
