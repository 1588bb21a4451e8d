package org.liaison.defenders.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.liaison.defenders.Defender;
import org.liaison.defenders.DefenderService;
import org.liaison.defenders.DefenderStatus;
import org.liaison.ui.Labels;
import org.liaison.ui.RecordSections;

/**
 * One defender at risk: the identity (security focal points only), the risk, whether the embassy was
 * notified, what is waiting and what was done.
 */
@Route("defenders/:reference")
@PageTitle("Defender at risk · Liaison")
@RolesAllowed({"SECURITY", "COORDINATOR"})
class DefenderView extends VerticalLayout implements BeforeEnterObserver {

  private final DefenderService defenders;

  DefenderView(DefenderService defenders) {
    this.defenders = defenders;
    setId("defender");
    setMaxWidth("60em");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String reference = event.getRouteParameters().get("reference").orElse("");
    Defender d = defenders.get(reference); // NotFoundException → the not-found page, also for other coalitions
    removeAll();
    H2 title = new H2(getTranslation("defender.heading", d.reference(), Labels.country(d.country())));
    title.setId("defender-heading");
    var status = Labels.badge(d.status(), getTranslation("defender.status." + d.status().name()));
    status.setId("defender-status");
    add(new Anchor("defenders", getTranslation("defenders.back")), title, status);

    if (d.identityShown()) {
      Div identity = new Div(new H4(getTranslation("defender.identity")),
          RecordSections.fact(this, "defender-identity-name", "defender.name", d.identity().name()),
          RecordSections.fact(this, "defender-identity-location", "defender.location", d.identity().location()),
          RecordSections.fact(this, "defender-identity-contact", "defender.contact", d.identity().contact()));
      identity.setId("defender-identity");
      identity.addClassName("liaison-card");
      add(identity);
    } else {
      Paragraph hidden = new Paragraph(getTranslation("defender.identity.hidden"));
      hidden.setId("defender-identity-hidden");
      hidden.addClassName("liaison-muted");
      add(hidden);
    }
    Div risk = new Div(new H4(getTranslation("defender.risk")), new Span(d.riskSummary()));
    risk.setId("defender-risk-summary");
    risk.setWidthFull();
    risk.addClassName("liaison-part");
    add(risk, RecordSections.fact(this, "defender-reported", "defender.reportedAt",
        Labels.when(d.reportedAt()) + " · " + d.reportedBy()));
    if (d.officerNotifiedAt() != null) {
      add(RecordSections.fact(this, "defender-notified", "defender.notified", Labels.when(d.officerNotifiedAt())));
    } else if (d.status() == DefenderStatus.ASSESSING && !defenders.embassyCanBeNotified(reference)) {
      Paragraph warning = new Paragraph(getTranslation("defender.noOfficer", Labels.country(d.country())));
      warning.setId("defender-no-officer");
      warning.addClassName("liaison-card");
      add(warning);
    }
    add(RecordSections.waiting(this, "defender-waiting", defenders.openSteps(reference)));
    add(RecordSections.journal(this, "defender-journal", defenders.journal(reference)));
  }
}
