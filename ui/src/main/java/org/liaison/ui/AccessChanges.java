package org.liaison.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.liaison.accounts.SignedIn;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open page notices at its next click that the person's access changed: removed from the coalition
 * the page works in, roles changed, the coalition suspended. (Switching coalition in another tab is
 * not a change for this page: each tab keeps its own coalition, see {@link TabCoalition}.) Each
 * UI remembers whom and which coalition and roles it was drawn for; the request filter resolves them
 * afresh from the membership table on every request. A UIDL request (a click, a field change, a
 * navigation inside the app) of a UI drawn for other access is not processed: the browser is sent to
 * {@code access-changed/<coalition>}, which says what changed, by whom and when.
 */
@SpringComponent
class AccessChanges implements VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(AccessChanges.class);

  /** Whom, in which coalition, with which roles a UI was drawn for. */
  record Access(String username, String tenantId, String roles) implements Serializable {

    static Access current() {
      Actor actor = TenantContext.find().orElse(null);
      return new Access(SignedIn.username().orElse(null), actor == null ? null : actor.tenantId(),
          actor == null ? "" : actor.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    }
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> {
      UI ui = init.getUI();
      remember(ui);
      ui.addAfterNavigationListener(e -> remember(ui));
    });
    event.addRequestHandler(new Guard());
  }

  private static void remember(UI ui) {
    ComponentUtil.setData(ui, Access.class, Access.current());
  }

  /** Refuses a UIDL request of a UI whose access no longer holds, before Vaadin processes it. */
  static final class Guard extends SynchronizedRequestHandler {

    @Override
    protected boolean canHandleRequest(VaadinRequest request) {
      return HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL);
    }

    @Override
    public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
        throws IOException {
      UI ui = session.getService().findUI(request);
      Access drawnFor = ui == null ? null : ComponentUtil.getData(ui, Access.class);
      if (drawnFor == null || drawnFor.username() == null) {
        return false; // a page drawn for nobody (signing in, an invitation) had no access to lose
      }
      Access now = Access.current();
      if (drawnFor.equals(now)) {
        return false;
      }
      String coalition = drawnFor.tenantId() == null ? "-" : drawnFor.tenantId();
      log.info("Refused a request of a page drawn for {} in {} as [{}]: now in {} as [{}]", drawnFor.username(),
          drawnFor.tenantId(), drawnFor.roles(), now.tenantId(), now.roles());
      String url = request.getContextPath() + "/access-changed/" + coalition;
      // the answer Vaadin's client understands for "this page is over": it goes to url at once
      byte[] body = VaadinService.createCriticalNotificationJSON(null, null, null, url).getBytes(StandardCharsets.UTF_8);
      response.setContentType("application/json; charset=UTF-8");
      response.setContentLength(body.length);
      try (OutputStream out = response.getOutputStream()) {
        out.write(body);
      }
      return true;
    }
  }
}
