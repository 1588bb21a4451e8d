package org.liaison.api;

import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox in their coalition. */
@RestController
@RequestMapping("/api/tasks")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TasksController {

  private final InboxService inbox;

  record TaskView(String id, String name, String step, String caseReference, String caseTitle, String assignee,
      Instant created) {
    static TaskView of(InboxItem item) {
      return new TaskView(item.task().id(), item.task().name(), item.task().taskKey(), item.task().businessKey(),
          item.forCase() == null ? null : item.forCase().title(), item.task().assignee(), item.task().created());
    }
  }

  /** A page of the caller's inbox, oldest first. */
  @GetMapping
  Paging.Page<TaskView> list(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    Paging.offset(page, size);
    return Paging.of(inbox.tasks().stream().map(TaskView::of).toList(), page, size);
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
}
