package org.liaison.tenancy.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.NoCoalitionSelectedException;
import org.liaison.ui.CurrentUser;

/** Shown to a signed-in person who belongs to no coalition: Liaison never guesses one. */
@PermitAll
public class NoCoalitionView extends VerticalLayout implements HasErrorParameter<NoCoalitionSelectedException> {

  private final CurrentUser user;

  public NoCoalitionView(CurrentUser user) {
    this.user = user;
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoCoalitionSelectedException> parameter) {
    removeAll();
    setId("no-coalition");
    if (user.platformAdmin()) {
      // a platform admin outside every coalition works on the platform page
      event.forwardTo("platform");
      return HttpServletResponse.SC_OK;
    }
    List<Coalition> suspended = user.suspendedCoalitions();
    if (!suspended.isEmpty()) {
      Paragraph why = new Paragraph(getTranslation("coalition.suspended.text",
          suspended.stream().map(Coalition::name).collect(Collectors.joining(", "))));
      why.setId("coalition-suspended");
      add(new H2(getTranslation("coalition.suspended.title")), why);
      return HttpServletResponse.SC_FORBIDDEN;
    }
    add(new H2(getTranslation("coalition.none.title")), new Paragraph(getTranslation("coalition.none.text")));
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
