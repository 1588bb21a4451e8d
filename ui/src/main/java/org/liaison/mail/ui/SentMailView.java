package org.liaison.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.liaison.mail.DeliveredVia;
import org.liaison.mail.MailStatus;
import org.liaison.mail.Outbox;
import org.liaison.mail.SentMail;
import org.liaison.ui.Labels;

/**
 * The coalition's outgoing mail, newest first: to whom, what, whether and how it went out. Selecting a
 * message shows its text. Without an SMTP server (the embedded default) this is the mail catcher:
 * what would have gone out, with nothing sent.
 */
@Route("sent-mail")
@PageTitle("Sent mail · Liaison")
@RolesAllowed({"COORDINATOR", "ADMIN"})
class SentMailView extends VerticalLayout {

  static final int SHOWN = 200;

  private final Div message = new Div();

  SentMailView(Outbox outbox) {
    setId("sent-mail");
    boolean catcher = outbox.deliversVia() == DeliveredVia.CATCHER;
    Paragraph intro = new Paragraph(getTranslation(catcher ? "sentMail.intro.catcher" : "sentMail.intro.smtp"));
    intro.setId("sent-mail-intro");
    add(new H2(getTranslation("sentMail.title")), intro);

    Grid<SentMail> grid = new Grid<>();
    grid.setId("sent-mail-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(m -> String.join(", ", m.to())).setHeader(getTranslation("sentMail.to")).setFlexGrow(2);
    grid.addColumn(SentMail::subject).setHeader(getTranslation("sentMail.subject")).setFlexGrow(3);
    grid.addColumn(this::statusOf).setHeader(getTranslation("sentMail.status")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(m -> m.sentAt() == null ? "" : Labels.when(m.sentAt()))
        .setHeader(getTranslation("sentMail.sentAt")).setAutoWidth(true).setFlexGrow(0);
    grid.setEmptyStateText(getTranslation("sentMail.empty"));
    grid.setItems(outbox.recent(SHOWN));
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    grid.setHeight("24em");
    add(Labels.zoneCaption(this, "sent-mail-grid-zone"), grid);

    message.setId("sent-mail-message");
    message.setWidthFull();
    message.setVisible(false);
    add(message);
  }

  /**
   * One honest status: a message the mail catcher took was never sent anywhere, so it does not say
   * "Sent".
   */
  private String statusOf(SentMail mail) {
    if (mail.status() == MailStatus.SENT && mail.deliveredVia() == DeliveredVia.CATCHER) {
      return getTranslation("sentMail.status.CAUGHT");
    }
    return getTranslation("sentMail.status." + mail.status().name());
  }

  private void show(SentMail mail) {
    message.removeAll();
    message.setVisible(mail != null);
    if (mail == null) {
      return;
    }
    H3 subject = new H3(mail.subject());
    Paragraph to = new Paragraph(getTranslation("sentMail.message.to", String.join(", ", mail.to())));
    Paragraph status = new Paragraph(getTranslation("sentMail.message.queued", Labels.when(mail.queuedAt())) + " · "
        + statusOf(mail)
        + (mail.attempts() > 0 ? " · " + getTranslation("sentMail.message.attempts", mail.attempts()) : ""));
    status.addClassName("liaison-muted");
    message.add(subject, to, status);
    if (mail.lastError() != null) {
      Span error = new Span(getTranslation("sentMail.message.lastError", mail.lastError()));
      error.setId("sent-mail-error");
      message.add(error);
    }
    Pre body = new Pre(mail.body()); // text, never markup
    body.setId("sent-mail-body");
    body.getStyle().set("white-space", "pre-wrap");
    message.add(body);
  }
}
