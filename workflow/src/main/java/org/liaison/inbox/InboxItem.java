package org.liaison.inbox;

import org.liaison.cases.CaseDetails;
import org.liaison.workflow.WorkItem;

/** A task with the case it belongs to (null for a task whose instance runs for no case). */
public record InboxItem(WorkItem task, CaseDetails forCase) {}
