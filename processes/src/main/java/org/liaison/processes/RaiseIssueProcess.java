package org.liaison.processes;

/**
 * Names used by the {@code raise-issue} model ({@code bpmn/raise-issue.bpmn}): triage, routing by
 * the {@code route-case} decision, alignment with the embassy's priorities, the three-part outreach
 * with review and rework, sending to every chosen officer at once, waiting for a reply with
 * follow-ups and escalation to Washington, the meeting, monitoring and closing; a withdrawn case
 * ends from any state.
 */
public final class RaiseIssueProcess {

  public static final String KEY = "raise-issue";
  public static final String RESOURCE = "bpmn/raise-issue.bpmn";

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START_CASE_RAISED = "StartEvent_CaseRaised";
    public static final String TASK_TRIAGE_CASE = "Task_TriageCase";
    public static final String TASK_ROUTE_CASE = "Task_RouteCase";
    public static final String TASK_ALIGN_WITH_PRIORITIES = "Task_AlignWithPriorities";
    public static final String GATEWAY_DRAFT_OR_REWORK = "Gateway_DraftOrRework";
    public static final String TASK_DRAFT_OUTREACH = "Task_DraftOutreach";
    public static final String TASK_REVIEW_OUTREACH = "Task_ReviewOutreach";
    public static final String GATEWAY_OUTREACH_APPROVED = "Gateway_OutreachApproved";
    public static final String TASK_SEND_OUTREACH = "Task_SendOutreach";
    public static final String GATEWAY_AWAIT_REPLY = "Gateway_AwaitReply";
    public static final String GATEWAY_REPLY_OR_TIMEOUT = "Gateway_ReplyOrTimeout";
    public static final String EVENT_OFFICER_RESPONDED = "Event_OfficerResponded";
    public static final String EVENT_FOLLOW_UP_DUE = "Event_FollowUpDue";
    public static final String TASK_FOLLOW_UP = "Task_FollowUp";
    public static final String GATEWAY_ESCALATE_OR_WAIT = "Gateway_EscalateOrWait";
    public static final String TASK_ESCALATE_TO_WASHINGTON = "Task_EscalateToWashington";
    public static final String CALL_EMBASSY_MEETING = "CallActivity_EmbassyMeeting";
    public static final String GATEWAY_MONITOR_AGAIN = "Gateway_MonitorAgain";
    public static final String TASK_MONITOR_CASE = "Task_MonitorCase";
    public static final String GATEWAY_CASE_RESOLVED = "Gateway_CaseResolved";
    public static final String EVENT_MONITORING_DUE = "Event_MonitoringDue";
    public static final String END_CASE_CLOSED = "EndEvent_CaseClosed";
    public static final String START_CASE_WITHDRAWN = "StartEvent_CaseWithdrawn";
    public static final String END_CASE_WITHDRAWN = "EndEvent_CaseWithdrawn";

    private Elements() {}
  }

  /** Messages correlated into a running case by its business key (the case reference). */
  public static final class Messages {
    /** An officer answered the outreach; carries {@link Variables#ENGAGEMENT_ID}. */
    public static final String OFFICER_RESPONDED = "Msg_OfficerResponded";
    /** The coalition withdrew the case. */
    public static final String CASE_WITHDRAWN = "Msg_CaseWithdrawn";

    private Messages() {}
  }

  /** Process variables: ids and small decision values only, never personal data. */
  public static final class Variables {
    /** Database id of the case (a UUID as a string). */
    public static final String CASE_ID = "caseId";
    /** User name of the case owner; drafting, alignment and follow-up tasks are assigned to them. */
    public static final String CASE_OWNER = "caseOwner";
    /** Set by the review: true approves the outreach, false sends it back for rework. */
    public static final String OUTREACH_APPROVED = "outreachApproved";
    /** Element variable of the sending: the officer one outreach message goes to. */
    public static final String OFFICER_ID = "officerId";
    /** ISO 8601 duration to wait for a reply before a follow-up (coalition setting at start). */
    public static final String FOLLOW_UP_INTERVAL = "followUpInterval";
    /** Unanswered follow-ups before a coordinator escalates to Washington (coalition setting). */
    public static final String FOLLOW_UPS_BEFORE_ESCALATION = "followUpsBeforeEscalation";
    /** Follow-ups since the outreach or the last escalation; the model counts them. */
    public static final String FOLLOW_UPS_SENT = "followUpsSent";
    /** Urgency named by the route-case decision. */
    public static final String URGENCY = "urgency";
    /** The engagement recorded for the officer's reply; passed to the meeting. */
    public static final String ENGAGEMENT_ID = "engagementId";
    /** Set when monitoring: true closes the case (its outcome is recorded on the case). */
    public static final String CASE_RESOLVED = "caseResolved";

    private Variables() {}
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public static final class Forms {
    public static final String TRIAGE_CASE = "liaison:triage-case";
    public static final String ALIGN_WITH_PRIORITIES = "liaison:align-with-priorities";
    public static final String DRAFT_OUTREACH = "liaison:draft-outreach";
    public static final String REVIEW_OUTREACH = "liaison:review-outreach";
    public static final String FOLLOW_UP = "liaison:follow-up";
    public static final String ESCALATE_TO_WASHINGTON = "liaison:escalate-to-washington";
    public static final String MONITOR_CASE = "liaison:monitor-case";

    private Forms() {}
  }

  /** Spring beans the model calls by name. */
  public static final class Beans {
    public static final String ROUTE_CASE_DELEGATE = "routeCaseDelegate";
    public static final String OUTREACH_PLAN = "outreachPlan";
    public static final String SEND_OUTREACH_DELEGATE = "sendOutreachDelegate";

    private Beans() {}
  }

  private RaiseIssueProcess() {}
}
