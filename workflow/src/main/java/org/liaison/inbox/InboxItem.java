package org.liaison.inbox;

import org.liaison.cases.CaseDetails;
import org.liaison.workflow.WorkItem;

/**
 * A task with the case it belongs to (null for a task whose instance runs for no case) and the page
 * of the record its lifecycle runs for (empty when that lifecycle has no page).
 */
public record InboxItem(WorkItem task, CaseDetails forCase, String recordLink) {}
