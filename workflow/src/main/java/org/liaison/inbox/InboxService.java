package org.liaison.inbox;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.records.RecordLifecycles;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current user's inbox in the current coalition. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InboxService {

  private final WorkflowEngine workflow;
  private final CaseService cases;
  private final RecordLifecycles lifecycles;

  /** Tasks assigned to the user, then tasks offered to their groups, oldest first. */
  @Transactional(readOnly = true)
  public List<InboxItem> tasks() {
    List<WorkItem> items = workflow.inbox();
    Map<String, CaseDetails> byReference = cases.byReferences(
        items.stream().map(WorkItem::businessKey).filter(Objects::nonNull).distinct().toList());
    return items.stream()
        .map(item -> itemOf(item, item.businessKey() == null ? null : byReference.get(item.businessKey())))
        .toList();
  }

  /** One task the user can work on now, with its case; {@link org.liaison.workflow.TaskNotAvailableException} otherwise. */
  @Transactional(readOnly = true)
  public InboxItem open(String taskId) {
    WorkItem item = workflow.task(taskId);
    CaseDetails forCase = item.businessKey() == null ? null
        : cases.byReferences(List.of(item.businessKey())).get(item.businessKey());
    return itemOf(item, forCase);
  }

  private InboxItem itemOf(WorkItem task, CaseDetails forCase) {
    return new InboxItem(task, forCase, lifecycles.link(task.processKey(), task.businessKey()));
  }

  @Transactional
  public void claim(String taskId) {
    workflow.claim(taskId);
  }

  @Transactional
  public void unclaim(String taskId) {
    workflow.unclaim(taskId);
  }
}
