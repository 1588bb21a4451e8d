package org.liaison.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.liaison.tenancy.Actor;
import org.springframework.stereotype.Service;

/**
 * Where a coalition's lifecycles stand, drawn on their models: how many of its instances wait at
 * each activity now and how long they spent there on average, which records wait at one activity,
 * and where one record's lifecycle stands and has been. Every figure is the actor's coalition's
 * only: the engine's tenant check for queries, the coalition's id for the history aggregate.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProcessMaps {

  /** The most records {@link #waitingAt} lists, and the most activities of a path. */
  public static final int MAX_RECORDS = 50;
  private static final int MAX_PATH = 500;
  /** How many of the coalition's latest finished steps of a lifecycle the mean times are taken over. */
  public static final int SAMPLE = 2_000;
  private static final Pattern ACTIVITY_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,254}");

  private final IdentityService identity;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final HistoryService history;

  /** A lifecycle's model and, per activity with anything to show, its load in the actor's coalition. */
  public record ProcessMap(String processKey, String xml, List<ActivityLoad> activities) {}

  /**
   * One activity of a model: its name, how many of the coalition's instances wait there now, how
   * many passed it, and the mean time they spent there ({@code null} when none did yet).
   */
  public record ActivityLoad(String activityId, String name, long waiting, long passed, Duration meanTime) {}

  /** A record waiting at an activity, since when. */
  public record WaitingRecord(String businessKey, Instant since) {}

  /**
   * Where the newest lifecycle of a record stands ({@code current}: activities active now, empty once
   * it ended) and the activities it passed, in the order it reached them; with its model.
   */
  public record Position(String processKey, String xml, Set<String> current, List<String> currentNames,
      Set<String> passed, boolean ended) {}

  /** A kind of user task: the lifecycle it belongs to, its element id and its name in the model. */
  public record StepKind(String processKey, String taskKey, String name) {}

  /** The user tasks of the newest version of each of these lifecycles, in the order of the models. */
  public List<StepKind> userSteps(List<String> processKeys) {
    List<StepKind> steps = new ArrayList<>();
    for (String key : processKeys) {
      latest(key).ifPresent(definition -> repository.getBpmnModelInstance(definition.getId())
          .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)
          .forEach(t -> steps.add(new StepKind(key, t.getId(), t.getName() == null ? t.getId() : t.getName()))));
    }
    return steps;
  }

  /** The model of the newest version of a lifecycle, with the coalition's load per activity. */
  public Optional<ProcessMap> map(String processKey) {
    return asActor(actor -> latest(processKey).map(latest -> {
      Map<String, long[]> waiting = new HashMap<>();
      for (ProcessDefinition version : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
          .listPage(0, 100)) {
        for (ActivityStatistics s : management.createActivityStatisticsQuery(version.getId()).listPage(0, 1000)) {
          waiting.computeIfAbsent(s.getId(), k -> new long[1])[0] += s.getInstances();
        }
      }
      // the mean time at each step over the coalition's latest finished steps of this lifecycle, through the
      // engine's tenant-checked history API (no SQL on ACT_HI_*, see DD007), bounded by SAMPLE
      Map<String, long[]> passed = new HashMap<>();
      history.createHistoricActivityInstanceQuery().finished().tenantIdIn(actor.tenantId())
          .processDefinitionId(latest.getId()).orderByHistoricActivityInstanceEndTime().desc().listPage(0, SAMPLE)
          .forEach(a -> {
            long[] sum = passed.computeIfAbsent(a.getActivityId(), k -> new long[2]);
            sum[0]++;
            sum[1] += a.getDurationInMillis() == null ? 0 : a.getDurationInMillis();
          });
      BpmnModelInstance model = repository.getBpmnModelInstance(latest.getId());
      List<ActivityLoad> loads = new ArrayList<>();
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        long now = waiting.containsKey(node.getId()) ? waiting.get(node.getId())[0] : 0;
        long[] done = passed.get(node.getId());
        if (now == 0 && done == null) {
          continue;
        }
        Duration mean = done == null ? null : Duration.ofMillis(done[1] / done[0]);
        loads.add(new ActivityLoad(node.getId(), node.getName() == null ? node.getId() : node.getName(), now,
            done == null ? 0 : done[0], mean));
      }
      loads.sort(Comparator.comparingLong(ActivityLoad::waiting).reversed().thenComparing(ActivityLoad::activityId));
      return new ProcessMap(processKey, xml(latest), loads);
    }));
  }

  /**
   * The coalition's records whose lifecycle waits at the activity, longest waiting first, at most
   * {@value #MAX_RECORDS}. An id that is no activity name finds nothing.
   */
  public List<WaitingRecord> waitingAt(String processKey, String activityId) {
    if (activityId == null || !ACTIVITY_ID.matcher(activityId).matches()) {
      return List.of();
    }
    return asActor(actor -> {
      // longest waiting first: the unfinished activity instances at the step, tenant-checked
      Map<String, Instant> since = new java.util.LinkedHashMap<>();
      history.createHistoricActivityInstanceQuery().activityId(activityId).unfinished().tenantIdIn(actor.tenantId())
          .orderByHistoricActivityInstanceStartTime().asc().listPage(0, MAX_RECORDS * 4).stream()
          .filter(a -> a.getProcessDefinitionId() != null && a.getProcessDefinitionId().startsWith(processKey + ":"))
          .forEach(a -> since.putIfAbsent(a.getProcessInstanceId(), a.getStartTime().toInstant()));
      if (since.isEmpty()) {
        return List.<WaitingRecord>of();
      }
      Map<String, String> keys = new HashMap<>();
      runtime.createProcessInstanceQuery().processInstanceIds(since.keySet()).tenantIdIn(actor.tenantId())
          .listPage(0, since.size()).forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
      return since.entrySet().stream().filter(e -> keys.containsKey(e.getKey())).limit(MAX_RECORDS)
          .map(e -> new WaitingRecord(keys.get(e.getKey()), e.getValue()))
          .toList();
    });
  }

  /** Where the newest lifecycle run for the record with this business key stands, if one ran in the coalition. */
  public Optional<Position> positionOf(String businessKey) {
    return asActor(actor -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .tenantIdIn(actor.tenantId()).orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
        .map(instance -> position(instance)));
  }

  private Position position(HistoricProcessInstance instance) {
    Set<String> current = new LinkedHashSet<>();
    boolean ended = instance.getEndTime() != null;
    if (!ended) {
      ActivityInstance tree = runtime.getActivityInstance(instance.getId());
      if (tree != null) {
        collectLeaves(tree, current);
      }
    }
    Set<String> passed = new LinkedHashSet<>();
    for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().listPage(0, MAX_PATH)) {
      if (a.getEndTime() != null) {
        passed.add(a.getActivityId());
      }
    }
    ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
    BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
    List<String> names = current.stream().map(id -> {
      FlowNode node = model.getModelElementById(id) instanceof FlowNode n ? n : null;
      return node == null || node.getName() == null ? id : node.getName();
    }).toList();
    return new Position(instance.getProcessDefinitionKey(), xml(definition), current, names, passed, ended);
  }

  private static void collectLeaves(ActivityInstance node, Set<String> into) {
    if (node.getChildActivityInstances().length == 0 && node.getChildTransitionInstances().length == 0) {
      into.add(node.getActivityId());
      return;
    }
    for (ActivityInstance child : node.getChildActivityInstances()) {
      collectLeaves(child, into);
    }
    for (var transition : node.getChildTransitionInstances()) {
      into.add(transition.getActivityId());
    }
  }

  private Optional<ProcessDefinition> latest(String processKey) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().listPage(0, 1)
        .stream().findFirst();
  }

  private String xml(ProcessDefinition definition) {
    try (InputStream in = repository.getProcessModel(definition.getId())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T asActor(Function<Actor, T> work) {
    return EngineIdentity.asActor(identity, work);
  }

}
