package org.liaison.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.UUID;
import org.liaison.common.DatabaseUnavailable;
import org.liaison.common.NotAllowedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when an action fails unexpectedly: a short message with a reference they can
 * quote, never a stack trace. The full error goes to the log under the same reference.
 */
@SpringComponent
class UnexpectedErrors implements VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
  }

  private void handle(ErrorEvent event) {
    Throwable error = event.getThrowable();
    UI ui = UI.getCurrent();
    if (ui == null) {
      log.error("Error outside a UI", error);
      return;
    }
    if (rootOf(error) instanceof NotAllowedException) {
      Notices.problem(ui.getTranslation("error.notAllowed"));
      return;
    }
    if (DatabaseUnavailable.causedBy(error)) {
      log.warn("The database does not answer: {}", error.getMessage());
      Notices.problem(ui.getTranslation("error.databaseUnavailable", DatabaseUnavailable.RETRY_AFTER_SECONDS));
      return;
    }
    String ref = UUID.randomUUID().toString().substring(0, 8);
    log.error("Unexpected error [{}]", ref, error);
    Notices.problem(ui.getTranslation("error.unexpected", ref));
  }

  private static Throwable rootOf(Throwable t) {
    Throwable cur = t;
    while (cur.getCause() != null && cur.getCause() != cur && !(cur instanceof NotAllowedException)) {
      cur = cur.getCause();
    }
    return cur;
  }
}
