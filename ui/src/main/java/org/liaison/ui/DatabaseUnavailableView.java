package org.liaison.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.liaison.common.DatabaseUnavailable;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page opened while the database does not answer: says so, and when to try again, instead of an
 * unexpected error (the pool gives up after a few seconds and reconnects by itself once it is back).
 */
@PermitAll
public class DatabaseUnavailableView extends VerticalLayout implements HasErrorParameter<CannotCreateTransactionException> {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
    removeAll();
    setId("temporarily-unavailable");
    add(new H2(getTranslation("unavailable.title")),
        new Paragraph(getTranslation("unavailable.text", DatabaseUnavailable.RETRY_AFTER_SECONDS)));
    return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
  }
}
