package org.liaison.tenancy.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.liaison.tenancy.NoCoalitionSelectedException;

/** Shown to a signed-in person who belongs to no coalition: Liaison never guesses one. */
@PermitAll
public class NoCoalitionView extends VerticalLayout implements HasErrorParameter<NoCoalitionSelectedException> {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoCoalitionSelectedException> parameter) {
    removeAll();
    add(new H2(getTranslation("coalition.none.title")), new Paragraph(getTranslation("coalition.none.text")));
    setId("no-coalition");
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
