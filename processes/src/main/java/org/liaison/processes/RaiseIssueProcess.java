package org.liaison.processes;

/**
 * Names used by the {@code raise-issue} model ({@code bpmn/raise-issue.bpmn}): a case is triaged
 * by a coordinator, its owner drafts the three-part outreach, a coordinator reviews it (sending it
 * back for rework as often as needed) and the owner records that it was sent.
 */
public final class RaiseIssueProcess {

  public static final String KEY = "raise-issue";
  public static final String RESOURCE = "bpmn/raise-issue.bpmn";

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START_CASE_RAISED = "StartEvent_CaseRaised";
    public static final String TASK_TRIAGE_CASE = "Task_TriageCase";
    public static final String GATEWAY_DRAFT_OR_REWORK = "Gateway_DraftOrRework";
    public static final String TASK_DRAFT_OUTREACH = "Task_DraftOutreach";
    public static final String TASK_REVIEW_OUTREACH = "Task_ReviewOutreach";
    public static final String GATEWAY_OUTREACH_APPROVED = "Gateway_OutreachApproved";
    public static final String TASK_RECORD_SENDING = "Task_RecordSending";
    public static final String END_OUTREACH_SENT = "EndEvent_OutreachSent";

    private Elements() {}
  }

  /** Process variables: ids and small decision values only, never personal data. */
  public static final class Variables {
    /** Database id of the case (a UUID as a string). */
    public static final String CASE_ID = "caseId";
    /** User name of the case owner; the drafting and sending tasks are assigned to them. */
    public static final String CASE_OWNER = "caseOwner";
    /** Set by the review: true approves the outreach, false sends it back for rework. */
    public static final String OUTREACH_APPROVED = "outreachApproved";

    private Variables() {}
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public static final class Forms {
    public static final String TRIAGE_CASE = "liaison:triage-case";
    public static final String DRAFT_OUTREACH = "liaison:draft-outreach";
    public static final String REVIEW_OUTREACH = "liaison:review-outreach";
    public static final String RECORD_SENDING = "liaison:record-sending";

    private Forms() {}
  }

  /** Spring beans the model calls by name. */
  public static final class Beans {
    public static final String CASE_STATUS_LISTENER = "caseStatusListener";

    private Beans() {}
  }

  private RaiseIssueProcess() {}
}
