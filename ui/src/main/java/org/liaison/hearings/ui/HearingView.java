package org.liaison.hearings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.liaison.hearings.CourtHearing;
import org.liaison.hearings.CourtHearingService;
import org.liaison.hearings.HearingOfficer;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.ui.FormDialog;
import org.liaison.ui.Labels;
import org.liaison.ui.RecordPage;
import org.liaison.ui.RecordSections;

/**
 * A court hearing: where it stands, its dates (and adjournments), the officers asked and who attended,
 * the observation, adjourning or cancelling it, what is waiting, and the journal of its steps.
 */
@Route("hearings/:reference")
@PageTitle("Court hearing · Liaison")
@PermitAll
class HearingView extends RecordPage<CourtHearing> {

  private final CourtHearingService hearings;
  private final org.liaison.cases.CaseService cases;
  private final org.liaison.officers.ContactService contacts;

  HearingView(CourtHearingService hearings, org.liaison.cases.CaseService cases,
      org.liaison.officers.ContactService contacts) {
    super("hearing", "hearing.status.", hearings::get, CourtHearing::status, hearings::openSteps,
        hearings::journal);
    this.hearings = hearings;
    this.cases = cases;
    this.contacts = contacts;
  }

  @Override
  protected java.time.ZoneId localZone(CourtHearing h) {
    return zoneOf(h);
  }

  /** The hearing's local time zone: its case's country's (see {@link HearingTimes}). */
  private java.time.ZoneId zoneOf(CourtHearing h) {
    return HearingTimes.zoneOf(h.caseReference() == null ? null : cases.get(h.caseReference()).country(), contacts);
  }

  @Override
  protected String kind() {
    return CourtHearingService.KIND;
  }

  @Override
  protected String heading(CourtHearing h) {
    return h.reference() + " · " + h.title();
  }

  @Override
  protected void describe(CourtHearing h) {
    java.time.ZoneId zone = zoneOf(h);
    Paragraph date = new Paragraph(getTranslation("hearing.dateAt", Labels.when(h.hearingAt(), zone), h.court()));
    date.setId("hearing-date");
    date.addClassName("liaison-card");
    add(date);
    Div facts = new Div();
    facts.addClassName("liaison-muted");
    facts.add(new Span(getTranslation("hearing.requestAt", Labels.when(h.requestAttendanceAt(), zone)) + " · "
        + getTranslation("hearing.owner") + ": " + h.owner()));
    if (h.caseReference() != null) {
      Anchor caseLink = new Anchor("cases/" + h.caseReference(), getTranslation("hearing.forCase", h.caseReference()));
      caseLink.setId("hearing-case");
      facts.add(new Span(" · "), caseLink);
    }
    add(facts);
    if (h.adjournments() > 0) {
      Paragraph adjourned = new Paragraph(getTranslation("hearing.adjournedInfo", h.adjournments(),
          Labels.when(h.adjournedFrom(), zone)));
      adjourned.setId("hearing-adjourned");
      add(adjourned);
    }
    if (h.cancelReason() != null) {
      Paragraph cancelled = new Paragraph(getTranslation("hearing.cancelledInfo", h.cancelReason()));
      cancelled.setId("hearing-cancelled");
      cancelled.addClassName("liaison-card");
      add(cancelled);
    }
    add(actions(h));
  }

  @Override
  protected void detail(CourtHearing h) {
    add(officers(hearings.officers(h.reference())));
    if (h.observation() != null) {
      add(RecordSections.part(this, "hearing-observation", "hearing.observation", h.observation()),
          muted(getTranslation("hearing.observedBy", h.observedBy(), Labels.when(h.observedAt()))));
    }
  }

  private Component actions(CourtHearing h) {
    HorizontalLayout actions = new HorizontalLayout();
    Actor me = TenantContext.current();
    boolean mayChange = me.username().equals(h.owner()) || me.has(Role.COORDINATOR);
    if (mayChange && hearings.canBeRescheduled(h.reference())) {
      Button adjourn = new Button(getTranslation("hearing.adjourn.open"), e -> adjournDialog(h));
      adjourn.setId("adjourn-hearing");
      adjourn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Button cancel = new Button(getTranslation("hearing.cancel.open"), e -> cancelDialog(h));
      cancel.setId("cancel-hearing");
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      actions.add(adjourn, cancel);
    }
    return actions;
  }

  private void adjournDialog(CourtHearing h) {
    DateTimePicker at = new DateTimePicker(getTranslation("hearing.adjourn.date"));
    org.liaison.ui.UserTime.calendar(at);
    at.setId("adjourn-date");
    at.setRequiredIndicatorVisible(true);
    java.time.ZoneId zone = zoneOf(h);
    at.setValue(HearingTimes.toLocal(h.hearingAt(), zone));
    at.setHelperText(getTranslation(h.caseReference() == null ? "hearing.date.zone.caseless" : "hearing.date.zone", Labels.zone(zone)));
    FormDialog dialog = new FormDialog(getTranslation("hearing.adjourn.title"), getTranslation("hearing.adjourn.save"),
        "save-adjournment", () -> hearings.adjourn(h.reference(), HearingTimes.toInstant(at.getValue(), zone)),
        getTranslation("hearing.adjourn.done", h.reference()), () -> show(h.reference()));
    dialog.with(new Paragraph(getTranslation("hearing.adjourn.intro")), at);
    dialog.errors().bind("hearingAt", at);
    dialog.open();
  }

  private void cancelDialog(CourtHearing h) {
    TextArea reason = new TextArea(getTranslation("hearing.cancel.reason"));
    reason.setId("cancel-reason");
    reason.setRequiredIndicatorVisible(true);
    reason.setWidthFull();
    FormDialog dialog = new FormDialog(getTranslation("hearing.cancel.title"), getTranslation("hearing.cancel.confirm"),
        "confirm-cancel", () -> hearings.cancel(h.reference(), reason.getValue()),
        getTranslation("hearing.cancel.done", h.reference()), () -> show(h.reference()));
    dialog.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
    dialog.with(new Paragraph(getTranslation("hearing.cancel.intro")), reason);
    dialog.errors().bind("reason", reason);
    dialog.open();
  }

  private Component officers(List<HearingOfficer> asked) {
    Div section = new Div(new H3(getTranslation("hearing.officers")));
    if (asked.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("hearing.officers.none"));
      none.setId("hearing-officers");
      section.add(none);
      return section;
    }
    UnorderedList list = new UnorderedList();
    list.setId("hearing-officers");
    for (HearingOfficer o : asked) {
      String attendance = o.attended() == null ? getTranslation("hearing.attended.unknown")
          : getTranslation(o.attended() ? "hearing.attended.yes" : "hearing.attended.no");
      ListItem item = new ListItem(new Anchor("officers/" + o.officerId(), o.name()), new Span(" — " + attendance));
      item.getElement().setAttribute("data-attended", String.valueOf(o.attended()));
      list.add(item);
    }
    section.add(list);
    return section;
  }

  private static Paragraph muted(String text) {
    Paragraph p = new Paragraph(text);
    p.addClassName("liaison-muted");
    return p;
  }
}
