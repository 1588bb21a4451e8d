package org.liaison.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.liaison.common.NotFoundException;

/**
 * A record that does not exist in the current coalition: the same page whether it never existed or
 * belongs to another coalition.
 */
@PermitAll
public class RecordNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    removeAll();
    setId("not-found");
    add(new H2(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")),
        new Anchor("cases", getTranslation("nav.cases")));
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
