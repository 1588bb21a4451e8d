package org.liaison.inbox;

import org.liaison.cases.CaseDetails;
import org.liaison.records.RecordTitle;
import org.liaison.workflow.WorkItem;

/**
 * A task with the case it belongs to (null for a task whose instance runs for no case), the page
 * of the record its lifecycle runs for (empty when that lifecycle has no page), what that record is
 * called (null when its lifecycle names it by its reference or by its case), and whether the step came
 * back for rework (a draft sent back by its reviewer).
 */
public record InboxItem(WorkItem task, CaseDetails forCase, String recordLink, RecordTitle recordTitle,
    boolean backForRework) {}
