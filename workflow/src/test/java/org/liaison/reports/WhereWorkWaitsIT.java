package org.liaison.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.tenancy.Actor;
import org.liaison.workflow.ProcessMaps;
import org.liaison.workflow.ProcessMaps.ActivityLoad;
import org.liaison.workflow.ProcessMaps.ProcessMap;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where work waits: per step of a lifecycle, the coalition's records waiting there now and the mean
 * time spent there, the records at one step (linked, longest waiting first), and where one record's
 * lifecycle stands; never another coalition's, never for a member.
 */
class WhereWorkWaitsIT extends DatabaseIT {

  @Autowired ReportService reports;
  @Autowired CaseService cases;
  @Autowired ProcessMaps maps;
  @Autowired TaskService tasks;

  @Test
  void each_step_counts_the_coalitions_records_there_and_lists_them_linked_and_a_record_shows_its_position() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    CaseDetails first = as(member, () -> cases.raise(new NewCase("Harbour strike", "Dock workers arrested", "KE",
        Set.of(Theme.LABOR_RIGHTS), Severity.HIGH)));
    CaseDetails second = as(member, () -> cases.raise(new NewCase("Radio licence", "A station lost its licence", "KE",
        Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.MEDIUM)));
    CaseDetails third = as(member, () -> cases.raise(new NewCase("Land eviction", "Families evicted", "UG",
        Set.of(Theme.OTHER), Severity.LOW)));
    as(coalitions.coordinatorB(), () -> cases.raise(new NewCase("Other coalition", "Not A's", "KE", Set.of(Theme.OTHER),
        Severity.LOW)));
    String triageOfThird = tasks.createTaskQuery().processInstanceBusinessKey(third.reference())
        .taskDefinitionKey("Task_TriageCase").singleResult().getId();
    as(coordinator, () -> cases.triage(triageOfThird, new Triage(Severity.LOW, null)));

    ProcessMap map = as(coordinator, () -> reports.whereWorkWaits(RaiseIssueProcess.KEY)).orElseThrow();
    assertThat(map.xml()).contains("bpmndi:BPMNDiagram").contains("Task_TriageCase");
    ActivityLoad triage = load(map, "Task_TriageCase");
    assertThat(triage.name()).isEqualTo("Triage case");
    assertThat(triage.waiting()).as("A's two untriaged cases, not B's").isEqualTo(2);
    assertThat(triage.passed()).isEqualTo(1);
    assertThat(triage.meanTime()).isNotNull();
    assertThat(load(map, "Task_AlignWithPriorities").waiting()).isEqualTo(1);
    assertThat(map.activities().get(0).waiting()).as("most waiting first").isEqualTo(2);

    assertThat(as(coordinator, () -> reports.waitingAt(RaiseIssueProcess.KEY, "Task_TriageCase")))
        .extracting(ReportService.WaitingRecord::reference, ReportService.WaitingRecord::link)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(first.reference(), "cases/" + first.reference()),
            org.assertj.core.groups.Tuple.tuple(second.reference(), "cases/" + second.reference()));
    assertThat(as(coordinator, () -> reports.waitingAt(RaiseIssueProcess.KEY, "'; drop table x; --"))).isEmpty();

    ProcessMap other = as(coalitions.coordinatorB(), () -> reports.whereWorkWaits(RaiseIssueProcess.KEY)).orElseThrow();
    assertThat(load(other, "Task_TriageCase").waiting()).as("B counts its own only").isEqualTo(1);
    assertThat(as(coalitions.coordinatorB(), () -> reports.waitingAt(RaiseIssueProcess.KEY, "Task_TriageCase")))
        .extracting(ReportService.WaitingRecord::reference).doesNotContain(first.reference(), second.reference());

    ProcessMaps.Position position = as(member, () -> maps.positionOf(third.reference())).orElseThrow();
    assertThat(position.current()).containsExactly("Task_AlignWithPriorities");
    assertThat(position.currentNames()).containsExactly("Align with embassy priorities");
    assertThat(position.passed()).contains("StartEvent_CaseRaised", "Task_TriageCase");
    assertThat(position.ended()).isFalse();
    assertThat(as(coalitions.coordinatorB(), () -> maps.positionOf(third.reference()))).as("not B's record").isEmpty();

    assertThatThrownBy(() -> as(member, () -> reports.whereWorkWaits(RaiseIssueProcess.KEY)))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(coordinator, () -> reports.whereWorkWaits("no-such-lifecycle")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("process"));
    assertThatThrownBy(() -> as(coordinator, () -> reports.whereWorkWaits(null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("process"));
  }

  private static ActivityLoad load(ProcessMap map, String activityId) {
    return map.activities().stream().filter(a -> a.activityId().equals(activityId)).findFirst()
        .orElseThrow(() -> new AssertionError(activityId + " not among " + map.activities()));
  }
}
