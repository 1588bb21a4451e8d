package org.liaison.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseRouting;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.OfficerReply;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingService;
import org.liaison.officers.ContactService;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.Officer;
import org.liaison.outreach.Outreach;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.OutreachStatus;
import org.liaison.outreach.OutreachVersion;
import org.liaison.records.RecordLink;
import org.liaison.records.RecordLinks;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.ui.FormDialog;
import org.liaison.ui.Labels;
import org.liaison.ui.RecordPage;
import org.liaison.ui.RecordSections;

/** The case workspace: where it stands, what is waiting, the outreach, and everything done so far. */
@Route("cases/:reference")
@PageTitle("Case · Liaison")
@PermitAll
class CaseView extends RecordPage<CaseDetails> {

  private final CaseService cases;
  private final OutreachService outreach;
  private final ContactService contacts;
  private final MeetingService meetings;
  private final RecordLinks links;

  CaseView(CaseService cases, OutreachService outreach, ContactService contacts, StepService steps,
      MeetingService meetings, RecordLinks links) {
    super("case", "status.", cases::get, CaseDetails::status, cases::openSteps, steps::journal);
    this.cases = cases;
    this.outreach = outreach;
    this.contacts = contacts;
    this.meetings = meetings;
    this.links = links;
  }

  @Override
  protected String heading(CaseDetails c) {
    return c.reference() + " · " + c.title();
  }

  @Override
  protected String kind() {
    return CaseService.KIND;
  }

  @Override
  protected String waitingKeys() {
    return "case.waiting";
  }

  @Override
  protected String journalKey() {
    return "case.steps";
  }

  @Override
  protected boolean journalSpansLifecycles() {
    return true;
  }

  @Override
  protected void describe(CaseDetails c) {
    Paragraph facts = new Paragraph(Labels.country(c.country()) + " · "
        + c.themes().stream().map(t -> getTranslation("theme." + t.name())).sorted().collect(Collectors.joining(", "))
        + " · " + getTranslation("case.severity") + ": " + getTranslation("severity." + c.severity().name())
        + " · " + getTranslation("case.owner") + ": " + c.owner()
        + " · " + getTranslation("case.raisedOn") + " " + Labels.when(c.createdAt()));
    facts.addClassName("liaison-muted");
    Paragraph summary = new Paragraph(c.summary());
    summary.setId("case-summary-text");
    summary.getStyle().set("white-space", "pre-wrap");
    add(facts, summary);
    if (c.outcome() != null) {
      Paragraph outcome = new Paragraph(getTranslation("case.outcome") + ": " + c.outcome());
      outcome.setId("case-outcome");
      outcome.addClassName("liaison-card");
      add(outcome);
    }
    add(actions(c));
  }

  @Override
  protected void detail(CaseDetails c) {
    add(routingSection(cases.routing(c.reference())));
    List<Meeting> caseMeetings = meetings.forCase(c.id());
    if (!caseMeetings.isEmpty()) {
      add(meetingsSection(caseMeetings));
    }
    List<RecordLink> linked = links.linkedTo(CaseService.KIND, c.id());
    if (!linked.isEmpty()) {
      add(linkedSection(linked));
    }
    add(outreachSection(outreach.forCase(c.reference())));
    List<OutreachVersion> versions = outreach.versions(c.reference());
    if (versions.size() > 1 || versions.stream().anyMatch(OutreachVersion::sentBack)) {
      add(draftsSection(versions));
    }
    add(timeline(cases.timeline(c.reference())));
  }

  private Component actions(CaseDetails c) {
    HorizontalLayout actions = new HorizontalLayout();
    if (cases.awaitsReply(c.reference())) {
      Button reply = new Button(getTranslation("reply.open"), e -> replyDialog(c));
      reply.setId("record-reply");
      reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(reply);
    }
    Actor me = TenantContext.current();
    if (me.username().equals(c.owner()) || me.has(Role.COORDINATOR)) {
      Button edit = new Button(getTranslation("case.edit"), VaadinIcon.EDIT.create(), e -> editDialog(c.reference()));
      edit.setId("edit-case");
      actions.add(edit);
    }
    if (!c.status().isFinished() && (me.username().equals(c.owner()) || me.has(Role.COORDINATOR))) {
      Button withdraw = new Button(getTranslation("withdraw.open"), e -> withdrawDialog(c));
      withdraw.setId("withdraw-case");
      withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      actions.add(withdraw);
    }
    return actions;
  }

  private void replyDialog(CaseDetails c) {
    CaseRouting routing = cases.routing(c.reference());
    List<Officer> chosen = routing.officers();
    ComboBox<Officer> officer = new ComboBox<>(getTranslation("reply.officer"));
    officer.setId("reply-officer");
    officer.setItems(chosen.isEmpty() ? contacts.officers() : chosen);
    officer.setItemLabelGenerator(o -> routing.embassyOf(o).map(e -> o.name() + " · " + Labels.embassy(this, e))
        .orElse(o.name()));
    officer.setWidthFull();
    TextArea summary = new TextArea(getTranslation("reply.summary"));
    summary.setId("reply-summary");
    summary.setWidthFull();
    DatePicker receivedOn = new DatePicker(getTranslation("reply.receivedOn"), LocalDate.now(org.liaison.ui.UserTime.zone()));
    org.liaison.ui.UserTime.calendar(receivedOn);
    receivedOn.setId("reply-received-on");
    FormDialog dialog = new FormDialog(getTranslation("reply.title"), getTranslation("reply.save"), "save-reply",
        () -> cases.recordReply(c.reference(), new OfficerReply(
            officer.getValue() == null ? null : officer.getValue().id(), summary.getValue(), receivedOn.getValue())),
        getTranslation("reply.done", c.reference()), () -> show(c.reference()));
    dialog.with(officer, summary, receivedOn);
    dialog.errors().bind("officerId", officer).bind("summary", summary).bind("receivedOn", receivedOn);
    dialog.open();
  }

  /** Corrects the case's facts; someone saving it meanwhile leaves the dialog open with the newer values. */
  private void editDialog(String reference) {
    TextField title = CaseFields.title(this, "edit-case-title");
    TextArea summary = CaseFields.summary(this, "edit-case-summary");
    ComboBox<String> country = CaseFields.country(this, "edit-case-country");
    CheckboxGroup<Theme> themes = CaseFields.themes(this, "edit-case-themes");
    RadioButtonGroup<Severity> severity = CaseFields.severity(this, "edit-case-severity");
    int[] version = new int[1];
    Runnable fill = () -> {
      CaseDetails now = cases.get(reference);
      version[0] = now.version();
      title.setValue(now.title());
      summary.setValue(now.summary());
      country.setValue(now.country());
      themes.setValue(now.themes());
      severity.setValue(now.severity());
    };
    fill.run();
    FormDialog dialog = new FormDialog(getTranslation("case.edit.title", reference), getTranslation("case.edit.save"),
        "save-case", () -> cases.edit(reference, version[0], new NewCase(title.getValue(), summary.getValue(),
            country.getValue(), themes.getValue(), severity.getValue())),
        getTranslation("case.edit.done", reference), () -> show(reference));
    dialog.with(title, summary, country, themes, severity).onStale(fill);
    dialog.errors().bind("title", title).bind("summary", summary).bind("country", country).bind("themes", themes)
        .bind("severity", severity);
    dialog.setWidth("44em");
    dialog.open();
  }

  private void withdrawDialog(CaseDetails c) {
    TextArea reason = new TextArea(getTranslation("withdraw.reason"));
    reason.setId("withdraw-reason");
    reason.setWidthFull();
    reason.setRequiredIndicatorVisible(true);
    FormDialog dialog = new FormDialog(getTranslation("withdraw.title"), getTranslation("withdraw.confirm"),
        "confirm-withdraw", () -> cases.withdraw(c.reference(), reason.getValue()),
        getTranslation("withdraw.done", c.reference()), () -> show(c.reference()));
    dialog.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
    dialog.with(new Paragraph(getTranslation("withdraw.intro")), reason);
    dialog.errors().bind("reason", reason);
    dialog.open();
  }

  private Component routingSection(CaseRouting routing) {
    Div section = new Div(new H3(getTranslation("routing.title")));
    section.setId("case-routing");
    if (routing.urgency() == null) {
      section.add(new Paragraph(getTranslation("routing.none")));
      return section;
    }
    section.add(RecordSections.fact(this, "routing-portfolios", "routing.portfolios", routing.portfolios().stream()
        .map(p -> getTranslation("portfolio." + p.name())).collect(Collectors.joining(", "))));
    section.add(RecordSections.fact(this, "routing-urgency", "routing.urgency",
        getTranslation("urgency." + routing.urgency().name())));
    if (!routing.priorities().isEmpty()) {
      section.add(RecordSections.fact(this, "routing-priorities", "routing.priorities", routing.priorities().stream()
          .map(EmbassyPriority::objective).collect(Collectors.joining("; "))));
    }
    if (!routing.officersEmbassies().isEmpty()) {
      section.add(RecordSections.fact(this, "routing-embassy", "routing.embassy", routing.officersEmbassies().stream()
          .map(e -> Labels.embassy(this, e)).collect(Collectors.joining("; "))));
    }
    if (!routing.officers().isEmpty()) {
      section.add(RecordSections.fact(this, "routing-officers", "routing.officers", routing.officers().stream()
          .map(o -> getTranslation("routing.officer", o.name(), getTranslation("portfolio." + o.portfolio().name()),
              routing.embassyOf(o).map(e -> Labels.embassy(this, e)).orElseGet(() -> getTranslation("align.washington"))))
          .collect(Collectors.joining("; "))));
    }
    return section;
  }

  private Component meetingsSection(List<Meeting> caseMeetings) {
    Div section = new Div(new H3(getTranslation("case.meetings")));
    section.setId("case-meetings");
    UnorderedList list = new UnorderedList();
    caseMeetings.forEach(m -> list.add(new ListItem(new Anchor("meetings/" + m.reference(), m.reference()),
        new Span(" · " + withWhom(m) + getTranslation("meeting.status." + m.status().name())))));
    section.add(list);
    return section;
  }




  /** "Amina Hassan, U.S. Embassy Mombasa, Kenya · ": the officer met and their embassy. */
  private String withWhom(Meeting m) {
    if (m.officerId() == null) {
      return "";
    }
    Officer officer = contacts.officer(m.officerId());
    return officer.name() + (officer.inWashington() ? ", " + getTranslation("align.washington")
        : ", " + Labels.embassy(this, contacts.embassy(officer.embassyId()))) + " · ";
  }

  private Component linkedSection(List<RecordLink> linked) {
    Div section = new Div(new H3(getTranslation("case.linked")));
    section.setId("case-linked");
    UnorderedList list = new UnorderedList();
    linked.forEach(l -> list.add(new ListItem(new Span(getTranslation(l.kindKey()) + " "),
        new Anchor(l.route(), l.reference()), new Span(" · " + l.title() + " · "
            + (l.zone() == null ? Labels.when(l.at()) : Labels.when(l.at(), l.zone())) + " · "
            + getTranslation(l.statusKey())))));
    section.add(list);
    return section;
  }

  private Component outreachSection(Optional<Outreach> found) {
    Div section = new Div(new H3(getTranslation("outreach.title")));
    section.setId("case-outreach");
    if (found.isEmpty()) {
      section.add(new Paragraph(getTranslation("outreach.none")));
      return section;
    }
    Outreach o = found.get();
    Span state = new Span(getTranslation("outreach.status." + o.status().name()));
    state.setId("outreach-status");
    state.addClassName("liaison-muted");
    section.add(state);
    if (o.status() == OutreachStatus.CHANGES_REQUESTED && o.reviewComment() != null) {
      Paragraph comment = new Paragraph(getTranslation("outreach.reviewComment", o.reviewComment()));
      comment.setId("outreach-review-comment");
      section.add(comment);
    }
    section.add(RecordSections.part(this, "outreach-important", "outreach.important", o.important()),
        RecordSections.part(this, "outreach-why-us", "outreach.whyUs", o.whyUnitedStates()),
        RecordSections.part(this, "outreach-embassy-action", "outreach.embassyAction", o.embassyAction()));
    if (o.status() == OutreachStatus.SENT) {
      Paragraph sent = new Paragraph(getTranslation("outreach.sentInfo", o.recipients(), Labels.day(o.sentOn()), o.sentBy()));
      sent.setId("outreach-sent");
      section.add(sent);
    }
    return section;
  }


  /**
   * Every version of the outreach that went to review, newest first: who drafted it and when, and what
   * the reviewer decided and said, readable without opening it; its three parts inside, opened for the
   * earlier versions (the current one is shown above).
   */
  private Component draftsSection(List<OutreachVersion> versions) {
    Div section = new Div(new H3(getTranslation("outreach.drafts")));
    section.setId("case-drafts");
    Paragraph intro = new Paragraph(getTranslation("outreach.drafts.intro"));
    intro.addClassName("liaison-muted");
    section.add(intro);
    int latest = versions.get(versions.size() - 1).number();
    for (int i = versions.size() - 1; i >= 0; i--) {
      OutreachVersion v = versions.get(i);
      String summary = v.draftedBy() == null
          ? getTranslation("outreach.version.noAuthor", v.number(), Labels.when(v.draftedAt()))
          : getTranslation("outreach.version", v.number(), v.draftedBy(), Labels.when(v.draftedAt()));
      String verdict = v.approved() == null ? getTranslation("outreach.version.waiting")
          : v.sentBack() ? getTranslation("outreach.version.sentBack", v.reviewedBy(), Labels.when(v.reviewedAt()),
              v.reviewComment())
          : v.reviewComment() == null
              ? getTranslation("outreach.version.approved", v.reviewedBy(), Labels.when(v.reviewedAt()))
              : getTranslation("outreach.version.approvedWithComment", v.reviewedBy(), Labels.when(v.reviewedAt()),
                  v.reviewComment());
      Div body = new Div(
          RecordSections.part(this, "draft-" + v.number() + "-important", "outreach.important", v.important()),
          RecordSections.part(this, "draft-" + v.number() + "-why-us", "outreach.whyUs", v.whyUnitedStates()),
          RecordSections.part(this, "draft-" + v.number() + "-embassy-action", "outreach.embassyAction",
              v.embassyAction()));
      Details details = new Details(summary + " · " + verdict, body);
      details.setId("case-draft-" + v.number());
      details.getElement().setAttribute("data-verdict",
          v.approved() == null ? "waiting" : v.sentBack() ? "sent-back" : "approved");
      details.setOpened(v.number() != latest);
      section.add(details);
    }
    return section;
  }

  /**
   * The routing line as the engine recorded it ("HUMAN_RIGHTS, LABOR · IMMEDIATE") in words ("Human
   * rights, Labor · Immediate"): each code that names a portfolio or an urgency is translated.
   */
  private String inWords(String routed) {
    return java.util.Arrays.stream(routed.split("((?<=, )|(?=, )|(?<= · )|(?= · ))"))
        .map(part -> part.matches("[A-Z_]+") ? word(part) : part).collect(Collectors.joining());
  }

  private String word(String code) {
    for (String prefix : List.of("portfolio.", "urgency.")) {
      String text = getTranslation(prefix + code);
      if (!text.startsWith("!")) {
        return text;
      }
    }
    return code;
  }

  private Component timeline(List<CaseActivity> activities) {
    Div section = new Div(new H3(getTranslation("case.history")));
    UnorderedList list = new UnorderedList();
    list.setId("case-timeline");
    list.addClassName("liaison-timeline");
    for (CaseActivity a : activities) {
      String line = Labels.when(a.at()) + " — " + getTranslation("activity." + a.kind().name(), a.actor());
      ListItem item = new ListItem(line);
      item.getElement().setAttribute("data-kind", a.kind().name());
      if (a.detail() != null) {
        String said = a.kind() == CaseActivity.Kind.ROUTED ? inWords(a.detail()) : a.detail();
        Span detail = new Span(" “" + said + "”");
        detail.addClassName("liaison-muted");
        item.add(detail);
      }
      list.add(item);
    }
    section.add(list);
    return section;
  }
}
