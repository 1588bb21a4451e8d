package org.liaison.workflow;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells what is open on screen in a coalition (inboxes, the count next to Inbox) that the coalition's
 * open steps changed — a step created, claimed, handed over, done or cancelled — once that change is
 * committed, so they can count and list again without a reload. Only the coalition's own listeners
 * hear of it. It lives in this node's memory: with several nodes each tells the screens it serves
 * (deploy/README.md).
 */
@Component
public class TaskChanges {

  private static final Logger log = LoggerFactory.getLogger(TaskChanges.class);

  private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

  /** Calls {@code listener} after each committed change of the coalition's open steps; run the result to stop. */
  public Runnable subscribe(String tenantId, Runnable listener) {
    listeners.computeIfAbsent(tenantId, k -> new CopyOnWriteArraySet<>()).add(listener);
    return () -> listeners.computeIfPresent(tenantId, (k, set) -> {
      set.remove(listener);
      return set.isEmpty() ? null : set;
    });
  }

  /** How many screens of the coalition listen now. */
  public int listening(String tenantId) {
    return listeners.getOrDefault(tenantId, Set.of()).size();
  }

  /** The coalition's open steps changed (committed): every listener of that coalition, and only those, hears it. */
  public void changed(String tenantId) {
    for (Runnable listener : listeners.getOrDefault(tenantId, Set.of())) {
      try {
        listener.run();
      } catch (RuntimeException e) { // a closed screen must not keep the others from hearing
        log.debug("A listener of coalition {} failed: {}", tenantId, e.toString());
      }
    }
  }
}
