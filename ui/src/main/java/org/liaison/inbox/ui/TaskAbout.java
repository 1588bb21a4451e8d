package org.liaison.inbox.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.liaison.inbox.InboxItem;

/**
 * What a feature shows above the form of any task of its lifecycle, generic steps included: what the
 * step is about (the meeting's officer and what they replied, the hearing's date and court). A Spring
 * bean per lifecycle; the task page adds it under the task's record.
 */
public interface TaskAbout {

  /** The BPMN process key of the lifecycle whose tasks this describes. */
  String processKey();

  /** The lines about the task's record, or empty when there is nothing to say. */
  Optional<Component> about(InboxItem item);
}
