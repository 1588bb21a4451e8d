package org.liaison.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.testing.TestDatabase;

/**
 * Side (a): a bare Camunda 7.24 engine (plain {@link StandaloneProcessEngineConfiguration}, no Spring)
 * on a database of its own, running the real {@code raise-issue} and {@code embassy-meeting} models
 * with no-op delegates and listeners (resolved by name from the engine's bean map), its user tasks
 * found by a task query and completed through {@link TaskService}, its messages correlated as Liaison
 * correlates them. The engine is set up as the Spring Boot starter sets up Liaison's: history level
 * full, UUID ids, job executor off, the same pool size.
 */
final class BareEngine implements AutoCloseable {

  static final String OWNER = "memberA";

  final HikariDataSource dataSource;
  final ProcessEngine engine;
  final Steps steps = new Steps();

  BareEngine(TestDatabase db, int poolSize) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(db.url());
    pool.setUsername(db.username());
    pool.setPassword(db.password());
    pool.setMaximumPoolSize(poolSize);
    pool.setAutoCommit(false);
    dataSource = new HikariDataSource(pool);
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName("bare");
    cfg.setDataSource(Steps.counting(dataSource));
    cfg.setDatabaseSchemaUpdate("true");
    cfg.setHistory("full");
    cfg.setHistoryTimeToLive("P1825D");
    cfg.setJobExecutorActivate(false);
    cfg.setIdGenerator(new StrongUuidGenerator());
    cfg.setBeans(Map.of(
        "recordStatusListener", (ExecutionListener) execution -> { },
        "routeCaseDelegate", (JavaDelegate) execution -> { },
        "sendOutreachDelegate", (JavaDelegate) execution -> { },
        "nextStepTaskListener", (TaskListener) task -> { },
        "outreachPlan", new OutreachPlan(),
        "nextStepsPlan", new NextStepsPlan()));
    engine = cfg.buildProcessEngine();
    engine.getRepositoryService().createDeployment().name("bench")
        .addClasspathResource(RaiseIssueProcess.RESOURCE)
        .addClasspathResource("bpmn/embassy-meeting.bpmn")
        .deploy();
  }

  /** The collection of the send-outreach multi-instance: one officer, as on Liaison's side. */
  public static final class OutreachPlan {
    public List<String> recipients(DelegateExecution execution) {
      return List.of("officer-1");
    }
  }

  /** The next steps of a recorded meeting: none, as on Liaison's side. */
  public static final class NextStepsPlan {
    public List<String> ids(Object engagementId) {
      return List.of();
    }

    public String owner(Object nextStepId) {
      return OWNER;
    }
  }

  /** One raise-issue lifecycle, start to close, with the variables Liaison's services set. */
  void lifecycle(String businessKey) {
    var runtime = engine.getRuntimeService();
    steps.timed("01 raise", () -> runtime.startProcessInstanceByKey(RaiseIssueProcess.KEY, businessKey, Map.of(
        "caseId", UUID.randomUUID().toString(),
        "caseOwner", OWNER,
        "followUpInterval", "P7D",
        "followUpsBeforeEscalation", 2,
        "followUpsSent", 0)));
    complete("02 triage", businessKey, "Task_TriageCase", Map.of());
    complete("03 align", businessKey, "Task_AlignWithPriorities", Map.of());
    complete("04 draft", businessKey, "Task_DraftOutreach", Map.of());
    complete("05 review+send", businessKey, "Task_ReviewOutreach", Map.of("outreachApproved", true));
    String engagementId = UUID.randomUUID().toString();
    steps.timed("06 reply", () -> runtime.createMessageCorrelation("Msg_OfficerResponded")
        .processInstanceBusinessKey(businessKey).setVariables(Map.of("engagementId", engagementId)).correlate());
    complete("07 request meeting", businessKey, "Task_RequestMeeting", Map.of());
    steps.timed("08 confirm meeting", () -> runtime.createMessageCorrelation("Msg_MeetingConfirmed")
        .processInstanceVariableEquals("engagementId", engagementId).correlate());
    complete("09 briefing", businessKey, "Task_PrepareBriefing", Map.of());
    complete("10 record meeting", businessKey, "Task_RecordMeeting", Map.of("meetingHeld", true));
    complete("11 thank officer", businessKey, "Task_ThankOfficer", Map.of());
    complete("12 monitor+close", businessKey, "Task_MonitorCase", Map.of("caseResolved", true));
  }

  /** Finds the open task of the record (one query, as the case page asks) and completes it. */
  private void complete(String step, String businessKey, String taskKey, Map<String, Object> variables) {
    TaskService tasks = engine.getTaskService();
    Task task = steps.timed("00 open steps (case page)", () -> {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list();
      return open.stream().filter(t -> taskKey.equals(t.getTaskDefinitionKey())).findFirst()
          .orElseThrow(() -> new IllegalStateException(businessKey + ": no open " + taskKey + " in " + open));
    });
    steps.timed(step, () -> tasks.complete(task.getId(), variables));
  }

  long finished(String prefix) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(RaiseIssueProcess.KEY)
        .processInstanceBusinessKeyLike(prefix + "%").finished().count();
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
