package org.liaison.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.liaison.accounts.SignedIn;
import org.liaison.security.TabCoalitions;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;

/**
 * Each browser tab (one Vaadin UI) keeps the coalition it was opened in: the UI is bound to the
 * coalition its first request resolved ({@link TabCoalitions}), so the tab's later requests act
 * there, whatever another tab of the same person switches to. For a person in several coalitions
 * the tab's address carries it ({@code ?coalition=press}), so a reload or a copied link opens the
 * same coalition.
 */
@SpringComponent
@RequiredArgsConstructor
class TabCoalition implements VaadinServiceInitListener {

  private final MembershipService memberships;

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> {
      UI ui = init.getUI();
      Actor actor = TenantContext.find().orElse(null);
      if (actor == null) {
        return; // a page for nobody (signing in, an invitation): it acts in no coalition
      }
      String tenantId = actor.tenantId();
      WrappedSession session = ui.getSession().getSession();
      int uiId = ui.getUIId();
      TabCoalitions.of(session).bind(uiId, tenantId);
      ui.addDetachListener(detached -> {
        try {
          TabCoalitions.of(session).unbind(uiId);
        } catch (IllegalStateException sessionAlreadyOver) {
          // the session ended with its UIs: nothing left to forget
        }
      });
      boolean several = SignedIn.username().map(memberships::membershipsOf).map(List::size).orElse(0) > 1;
      if (several) {
        ui.addAfterNavigationListener(navigated -> keepInAddress(ui, navigated.getLocation(), tenantId));
      }
    });
  }

  private static void keepInAddress(UI ui, Location location, String tenantId) {
    QueryParameters query = location.getQueryParameters();
    if (query.getSingleParameter(TabCoalitions.PARAMETER).filter(tenantId::equals).isPresent()) {
      return;
    }
    Map<String, List<String>> parameters = new HashMap<>(query.getParameters());
    parameters.put(TabCoalitions.PARAMETER, List.of(tenantId));
    ui.getPage().getHistory().replaceState(null, new Location(location.getPath(), new QueryParameters(parameters)));
  }
}
