package org.liaison.defenders.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.liaison.defenders.Defender;
import org.liaison.defenders.DefenderService;
import org.liaison.defenders.DefenderStatus;
import org.liaison.ui.Labels;
import org.liaison.ui.RecordPage;
import org.liaison.ui.RecordSections;

/**
 * One defender at risk: the identity (security focal points only), the risk, whether the embassy was
 * notified, what is waiting and what was done.
 */
@Route("defenders/:reference")
@PageTitle("Defender at risk · Liaison")
@RolesAllowed({"SECURITY", "COORDINATOR"})
class DefenderView extends RecordPage<Defender> {

  private final DefenderService defenders;

  DefenderView(DefenderService defenders) {
    super("defender", "defender.status.", defenders::get, Defender::status, defenders::openSteps,
        defenders::journal);
    this.defenders = defenders;
    backTo("defenders", "defenders.back");
  }

  @Override
  protected String heading(Defender d) {
    return getTranslation("defender.heading", d.reference(), Labels.country(d.country()));
  }

  @Override
  protected void describe(Defender d) {
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
    Div risk = RecordSections.part(this, "defender-risk-summary", "defender.risk", d.riskSummary());
    risk.setWidthFull();
    add(risk, RecordSections.fact(this, "defender-reported", "defender.reportedAt",
        Labels.when(d.reportedAt()) + " · " + d.reportedBy()));
    if (d.officerNotifiedAt() != null) {
      add(RecordSections.fact(this, "defender-notified", "defender.notified", Labels.when(d.officerNotifiedAt())));
    } else if (d.status() == DefenderStatus.ASSESSING && !defenders.embassyCanBeNotified(d.reference())) {
      Paragraph warning = new Paragraph(getTranslation("defender.noOfficer", Labels.country(d.country())));
      warning.setId("defender-no-officer");
      warning.addClassName("liaison-card");
      add(warning);
    }
  }
}
