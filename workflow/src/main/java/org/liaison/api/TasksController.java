package org.liaison.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InvalidInputException;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxQuery;
import org.liaison.inbox.InboxService;
import org.liaison.workflow.TaskOrder;
import org.liaison.workflow.TaskScope;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox in their coalition, paged on the server. */
@RestController
@RequestMapping("/api/tasks")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TasksController {

  private static final Map<String, TaskScope> VIEWS = Map.of("open", TaskScope.OPEN, "mine", TaskScope.MINE,
      "team", TaskScope.TEAM, "claimed", TaskScope.CLAIMED_BY_OTHERS, "later", TaskScope.LATER, "all",
      TaskScope.ALL_OPEN);
  private static final Map<String, InboxQuery.Due> DUE = Map.of("any", InboxQuery.Due.ANY, "overdue",
      InboxQuery.Due.OVERDUE, "today", InboxQuery.Due.TODAY, "week", InboxQuery.Due.THIS_WEEK, "none",
      InboxQuery.Due.NONE);
  private static final Map<String, TaskOrder> SORTS = Map.of("waiting", TaskOrder.WAITING, "due", TaskOrder.DUE);

  private final InboxService inbox;

  record TaskView(String id, String name, String step, String lifecycle, String caseReference, String caseTitle,
      String assignee, Instant created, Instant due, Instant followUp, Instant since) {
    static TaskView of(InboxItem item) {
      var t = item.task();
      return new TaskView(t.id(), t.name(), t.taskKey(), t.processKey(), t.businessKey(),
          item.forCase() == null ? null : item.forCase().title(), t.assignee(), t.created(), t.due(), t.followUp(),
          t.assignee() == null ? null : t.updated());
    }
  }

  record HandOver(String to) {}

  record FollowUp(LocalDate date) {}

  /**
   * A page of the caller's inbox: {@code view} (open, mine, team, claimed, later, all), {@code lifecycle}
   * (a process key), {@code q} (reference or title text), {@code due} (any, overdue, today, week, none),
   * {@code sort} (waiting, due).
   */
  @GetMapping
  Paging.Page<TaskView> list(@RequestParam(defaultValue = "open") String view,
      @RequestParam(required = false) String lifecycle, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "any") String due, @RequestParam(defaultValue = "waiting") String sort,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    int offset = Paging.offset(page, size);
    if (lifecycle != null && !lifecycle.matches("[a-z][a-z0-9-]{0,63}")) {
      throw InvalidInputException.of("lifecycle", "Name a lifecycle by its key, such as raise-issue");
    }
    if (q != null && q.length() > 200) {
      throw InvalidInputException.of("q", "Search with at most 200 characters");
    }
    InboxQuery query = new InboxQuery(pick("view", view, VIEWS), lifecycle, q, pick("due", due, DUE),
        pick("sort", sort, SORTS));
    return new Paging.Page<>(inbox.page(query, offset, size).stream().map(TaskView::of).toList(), page, size,
        inbox.count(query));
  }

  private static <T> T pick(String field, String value, Map<String, T> choices) {
    T chosen = value == null ? null : choices.get(value.strip().toLowerCase(Locale.ROOT));
    if (chosen == null) {
      throw InvalidInputException.of(field, "Choose one of " + String.join(", ",
          Arrays.stream(choices.keySet().toArray(String[]::new)).sorted().toList()));
    }
    return chosen;
  }

  @GetMapping("/{id}")
  TaskView get(@PathVariable String id) {
    return TaskView.of(inbox.open(id));
  }

  @PostMapping("/{id}/claim")
  ResponseEntity<Void> claim(@PathVariable String id) {
    inbox.claim(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/unclaim")
  ResponseEntity<Void> unclaim(@PathVariable String id) {
    inbox.unclaim(id);
    return ResponseEntity.noContent().build();
  }

  /** Hands the task to a colleague ({@code {"to": "username"}}); see {@link InboxService#handOver}. */
  @PostMapping("/{id}/hand-over")
  ResponseEntity<Void> handOver(@PathVariable String id, @RequestBody HandOver body) {
    inbox.handOver(id, body.to());
    return ResponseEntity.noContent().build();
  }

  /** Sets ({@code {"date": "2026-12-24"}}) or clears ({@code {"date": null}}) the task's follow-up day. */
  @PostMapping("/{id}/follow-up")
  ResponseEntity<Void> followUp(@PathVariable String id, @RequestBody FollowUp body) {
    inbox.followUp(id, body.date());
    return ResponseEntity.noContent().build();
  }
}
