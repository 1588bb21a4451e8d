package org.liaison.defenders.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import lombok.extern.slf4j.Slf4j;
import org.liaison.keys.UndecryptableException;

/**
 * A protected record whose fields do not decrypt (its key was erased, or its ciphertext was copied or
 * altered in the database): a page that says so and shows nothing of the record, instead of an error.
 */
@Slf4j
@PermitAll
public class UnreadableRecordView extends VerticalLayout implements HasErrorParameter<UndecryptableException> {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<UndecryptableException> parameter) {
    log.error("Protected record does not decrypt: {}", parameter.getException().getMessage());
    removeAll();
    setId("unreadable");
    add(new H2(getTranslation("unreadable.title")), new Paragraph(getTranslation("unreadable.text")),
        new Anchor("defenders", getTranslation("defenders.back")));
    return HttpServletResponse.SC_CONFLICT;
  }
}
