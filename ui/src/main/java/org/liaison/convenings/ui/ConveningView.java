package org.liaison.convenings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.liaison.common.InvalidInputException;
import org.liaison.convenings.Convening;
import org.liaison.convenings.ConveningFormat;
import org.liaison.convenings.ConveningService;
import org.liaison.convenings.Invitation;
import org.liaison.convenings.Rsvp;
import org.liaison.officers.ContactService;
import org.liaison.steps.StepService;
import org.liaison.ui.Labels;
import org.liaison.ui.Notices;
import org.liaison.ui.RecordPage;
import org.liaison.ui.RecordSections;

/** One convening: its facts and agenda, the invitations with their RSVPs, what is waiting and what was done. */
@Route("convenings/:reference")
@PageTitle("Convening · Liaison")
@PermitAll
class ConveningView extends RecordPage<Convening> {

  private final ConveningService convenings;
  private final ContactService contacts;

  ConveningView(ConveningService convenings, ContactService contacts, StepService steps) {
    super("convening", "convening.status.", convenings::get, Convening::status, convenings::openSteps, steps::journal);
    this.convenings = convenings;
    this.contacts = contacts;
  }

  @Override
  protected String kind() {
    return ConveningService.KIND;
  }

  @Override
  protected String heading(Convening c) {
    return c.reference() + " · " + c.title();
  }

  @Override
  protected java.time.ZoneId localZone(Convening c) {
    return c.embassyId() == null ? java.time.ZoneId.systemDefault() : contacts.embassies().stream()
        .filter(e -> e.id().equals(c.embassyId())).findFirst().map(org.liaison.officers.Embassy::timeZone)
        .orElse(java.time.ZoneId.systemDefault());
  }

  @Override
  protected void describe(Convening c) {
    java.util.Optional<org.liaison.officers.Embassy> found = c.embassyId() == null ? java.util.Optional.empty()
        : contacts.embassies().stream().filter(e -> e.id().equals(c.embassyId())).findFirst();
    String embassy = found.map(e -> Labels.embassy(this, e)).orElse(null);
    // in the local time of the embassy that co-hosts or hosts it, the zone named
    java.time.ZoneId zone = found.map(org.liaison.officers.Embassy::timeZone).orElse(java.time.ZoneId.systemDefault());
    Div facts = new Div(
        RecordSections.fact(this, "convening-when", "convening.startsAt", Labels.when(c.startsAt(), zone)),
        c.format() == ConveningFormat.ONLINE
            ? RecordSections.fact(this, "convening-where", "convening.link", c.link())
            : RecordSections.fact(this, "convening-where", "convening.place", c.place()),
        RecordSections.fact(this, "convening-hosting", "convening.hosting",
            getTranslation("convening.hosting." + c.hosting().name()) + (embassy == null ? "" : " · " + embassy)),
        RecordSections.fact(this, "convening-rsvp-deadline", "convening.rsvpDeadline", Labels.when(c.rsvpDeadline(), zone)),
        RecordSections.fact(this, "convening-owner", "convening.owner", c.owner()));
    facts.addClassName("liaison-card");
    add(facts, RecordSections.part(this, "convening-agenda-text", "convening.agenda", c.agenda()));
    if (c.outcomes() != null) {
      add(RecordSections.part(this, "convening-outcomes", "convening.outcomes", c.outcomes()));
    }
  }

  @Override
  protected void detail(Convening c) {
    add(invitations(c));
  }

  private Component invitations(Convening c) {
    List<Invitation> all = convenings.invitations(c.reference());
    Div section = new Div(new H3(getTranslation("convening.invitations")));
    section.setId("convening-invitations");
    section.setWidthFull();
    if (all.isEmpty()) {
      section.add(new Paragraph(getTranslation("convening.invitations.none")));
      return section;
    }
    long accepted = all.stream().filter(i -> i.rsvp() == Rsvp.ACCEPTED).count();
    long declined = all.stream().filter(i -> i.rsvp() == Rsvp.DECLINED).count();
    Paragraph summary = new Paragraph(getTranslation("convening.invitations.summary", all.size(), accepted, declined,
        all.size() - accepted - declined));
    summary.setId("convening-rsvp-summary");
    section.add(summary);
    boolean mayRecord = convenings.mayRecordRsvps(c.reference());
    Grid<Invitation> grid = new Grid<>();
    grid.setId("invitations-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(Invitation::inviteeName).setHeader(getTranslation("convening.invitee.name")).setFlexGrow(2);
    grid.addColumn(Invitation::email).setHeader(getTranslation("convening.invitee.email")).setFlexGrow(2);
    grid.addColumn(i -> i.sent() ? getTranslation("convening.rsvp." + i.rsvp().name())
        : getTranslation("convening.invitation.notSent")).setHeader(getTranslation("convening.rsvp")).setFlexGrow(1);
    if (mayRecord) {
      grid.addComponentColumn(i -> rsvpButtons(c, i)).setHeader(getTranslation("convening.rsvp.record")).setFlexGrow(2);
    }
    grid.setItems(all);
    grid.setAllRowsVisible(true); // bounded: a convening has at most ConveningLimits.INVITEES (200) invitees
    section.add(grid);
    return section;
  }

  private Component rsvpButtons(Convening c, Invitation i) {
    HorizontalLayout buttons = new HorizontalLayout();
    if (!i.sent()) {
      return buttons;
    }
    for (Rsvp answer : new Rsvp[] {Rsvp.ACCEPTED, Rsvp.DECLINED}) {
      Button b = new Button(getTranslation("convening.rsvp.mark." + answer.name()), e -> {
        try {
          convenings.recordRsvp(c.reference(), i.id(), answer);
          Notices.success(getTranslation("convening.rsvp.recorded", i.inviteeName(),
              getTranslation("convening.rsvp." + answer.name())));
        } catch (InvalidInputException problem) {
          problem.fieldErrors().values().forEach(Notices::problem);
        }
        show(c.reference());
      });
      b.addThemeVariants(ButtonVariant.LUMO_SMALL);
      b.setEnabled(i.rsvp() != answer);
      b.getElement().setAttribute("data-action", answer == Rsvp.ACCEPTED ? "accept" : "decline");
      b.getElement().setAttribute("data-invitee", i.email());
      buttons.add(b);
    }
    return buttons;
  }
}
