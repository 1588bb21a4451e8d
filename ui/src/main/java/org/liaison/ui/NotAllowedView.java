package org.liaison.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A screen the person's role in the current coalition does not open (a {@code @RolesAllowed} view):
 * says so plainly instead of Vaadin's developer page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    removeAll();
    setId("not-allowed");
    add(new H2(getTranslation("notAllowed.title")), new Paragraph(getTranslation("error.notAllowed")),
        new Anchor("", getTranslation("nav.inbox")));
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
