package org.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.TaskChanges;

/**
 * Keeps a component up to date with its coalition's open steps: while it is on screen, a committed
 * change of them anywhere (another member's claim, a new step for one's roles, a timer) marks it
 * stale, and the page's next poll — every {@value #POLL_MS} ms while an inbox is shown —
 * runs {@code refresh}. The poll is an ordinary request of the tab, so what is read is read as the
 * person, in the coalition of that tab, like any click; a poll with nothing changed reads nothing.
 */
public final class LiveTasks {

  /** How often an open page asks whether its steps changed. */
  public static final int POLL_MS = 1500;

  private LiveTasks() {}

  /**
   * @param polls whether the page polls while the component is shown (the inbox); a component that
   *     does not (the count in the menu) is refreshed by the polls of another that does
   */
  public static void follow(Component component, TaskChanges changes, boolean polls, Runnable refresh) {
    AtomicReference<Runnable> stop = new AtomicReference<>();
    AtomicReference<Registration> polling = new AtomicReference<>();
    AtomicBoolean stale = new AtomicBoolean();
    component.addAttachListener(attached -> {
      Actor actor = TenantContext.find().orElse(null);
      if (actor == null) {
        return;
      }
      UI ui = attached.getUI();
      replace(stop, changes.subscribe(actor.tenantId(), () -> stale.set(true)));
      Registration previous = polling.getAndSet(ui.addPollListener(poll -> {
        if (stale.getAndSet(false)) {
          refresh.run();
        }
      }));
      if (previous != null) {
        previous.remove();
      }
      if (polls) {
        ui.setPollInterval(POLL_MS);
      }
    });
    component.addDetachListener(detached -> {
      replace(stop, null);
      if (polls) {
        detached.getUI().setPollInterval(-1);
      }
      Registration previous = polling.getAndSet(null);
      if (previous != null) {
        previous.remove();
      }
    });
  }

  private static void replace(AtomicReference<Runnable> stop, Runnable next) {
    Runnable previous = stop.getAndSet(next);
    if (previous != null) {
      previous.run();
    }
  }
}
