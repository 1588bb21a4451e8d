package org.liaison.tenancy.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.liaison.tenancy.NotAMemberException;

/** A person asked for a coalition they are not a member of. */
@PermitAll
public class NotAMemberView extends VerticalLayout implements HasErrorParameter<NotAMemberException> {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotAMemberException> parameter) {
    removeAll();
    add(new H2(getTranslation("coalition.notMember.title")), new Paragraph(getTranslation("coalition.notMember.text")));
    setId("not-a-member");
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
