package org.liaison.hrr.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaison.hrr.CycleStatus;
import org.liaison.hrr.HrrCycle;
import org.liaison.hrr.HrrLimits;
import org.liaison.hrr.HrrService;
import org.liaison.hrr.HrrSubmission;
import org.liaison.hrr.NewHrrSubmission;
import org.liaison.officers.Officer;
import org.liaison.organisations.MemberOrganisation;
import org.liaison.organisations.MemberOrganisationService;
import org.liaison.steps.StepService;
import org.liaison.ui.FormDialog;
import org.liaison.ui.AttachmentsSection;
import org.liaison.ui.Labels;
import org.liaison.ui.RecordPage;
import org.liaison.ui.RecordSections;

/**
 * One year's input for one country: its dates, each member organisation's input (entered here), the
 * compiled text, where it goes, what is waiting and what was done.
 */
@Route("hrr/:reference")
@PageTitle("Human Rights Report cycle · Liaison")
@PermitAll
class HrrCycleView extends RecordPage<HrrCycle> {

  private final HrrService hrr;
  private final MemberOrganisationService organisations;

  HrrCycleView(HrrService hrr, MemberOrganisationService organisations, StepService steps) {
    super("hrr-cycle", "hrr.cycle.status.", hrr::cycle, HrrCycle::status, hrr::openSteps, steps::journal);
    this.hrr = hrr;
    this.organisations = organisations;
    backTo("hrr", "hrr.back");
  }

  @Override
  protected String kind() {
    return HrrService.KIND;
  }

  /** Documents belong to each organisation's submission, not to the cycle. */
  @Override
  protected boolean attachable() {
    return false;
  }

  @Override
  protected String heading(HrrCycle c) {
    return getTranslation("hrr.cycle.heading", c.reference(), c.year(), Labels.country(c.country()));
  }

  @Override
  protected void describe(HrrCycle c) {
    Div dates = new Div(
        RecordSections.fact(this, "hrr-opens", "hrr.cycle.opens", Labels.when(c.opensAt())),
        RecordSections.fact(this, "hrr-reminder", "hrr.cycle.reminder", Labels.when(c.reminderAt())),
        RecordSections.fact(this, "hrr-deadline", "hrr.cycle.deadline", Labels.when(c.submissionDeadline())),
        RecordSections.fact(this, "hrr-next", "hrr.cycle.next", Labels.when(c.nextCycleOpens())));
    dates.addClassName("liaison-card");
    add(dates, recipients(c));
  }

  @Override
  protected void detail(HrrCycle c) {
    add(submissions(c));
    if (c.compiledText() != null) {
      Div compiled = new Div(new H4(getTranslation("hrr.compiled")),
          new Paragraph(getTranslation("hrr.compiled.by", c.compiledBy(), Labels.when(c.compiledAt()))),
          new Span(c.compiledText()));
      compiled.setId("hrr-compiled-text");
      compiled.setWidthFull();
      compiled.addClassName("liaison-part");
      add(compiled);
    }
    if (c.submittedAt() != null) {
      add(RecordSections.fact(this, "hrr-submitted", "hrr.submitted",
          getTranslation("hrr.submitted.detail", Labels.when(c.submittedAt()), c.submittedTo())));
    }
    if (c.acknowledgedAt() != null) {
      add(RecordSections.fact(this, "hrr-acknowledged", "hrr.acknowledged",
          Labels.when(c.acknowledgedAt()) + " · " + c.acknowledgedBy() + " · " + c.acknowledgement()));
    }
  }

  private Component recipients(HrrCycle c) {
    List<Officer> officers = hrr.recipients(c.reference());
    if (officers.isEmpty()) {
      Paragraph warning = new Paragraph(getTranslation("hrr.recipients.none", Labels.country(c.country())));
      warning.setId("hrr-no-officer");
      warning.addClassName("liaison-card");
      return warning;
    }
    return RecordSections.fact(this, "hrr-recipients", "hrr.recipients",
        officers.stream().map(o -> o.name() + " <" + o.email() + ">").collect(Collectors.joining(", ")));
  }

  private Component submissions(HrrCycle c) {
    Div section = new Div(new H3(getTranslation("hrr.submissions")));
    section.setId("hrr-submissions");
    section.setWidthFull();
    // bounded: a coalition records at most MemberOrganisationService.MAX (500) organisations
    List<MemberOrganisation> members = organisations.list();
    Map<UUID, HrrSubmission> byOrganisation = hrr.submissions(c.reference()).stream()
        .collect(Collectors.toMap(HrrSubmission::organisationId, Function.identity()));
    if (members.isEmpty()) {
      section.add(new Paragraph(getTranslation("hrr.submissions.noOrganisations")),
          new Anchor("organisations", getTranslation("hrr.organisationsLink")));
      return section;
    }
    for (MemberOrganisation org : members) {
      HrrSubmission s = byOrganisation.get(org.id());
      Div item = new Div(new H4(org.name()));
      item.addClassName("liaison-part");
      item.getElement().setAttribute("data-organisation", org.name());
      if (s == null) {
        Span none = new Span(getTranslation("hrr.submission.none"));
        none.addClassName("liaison-muted");
        item.add(none);
      } else {
        Paragraph meta = new Paragraph(getTranslation("hrr.submission.by", s.recordedBy(), Labels.when(s.recordedAt())));
        meta.addClassName("liaison-muted");
        item.add(meta, new Span(s.text()), new AttachmentsSection(attachments(), HrrService.SUBMISSION_KIND,
            c.reference() + "/" + org.id(), "submission-documents-" + org.id()));
      }
      section.add(item);
    }
    if (c.status() == CycleStatus.OPEN) {
      Button enter = new Button(getTranslation("hrr.submission.enter"), e -> submissionDialog(c, members));
      enter.setId("enter-submission");
      enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      section.add(enter);
    }
    return section;
  }

  private void submissionDialog(HrrCycle c, List<MemberOrganisation> members) {
    Select<MemberOrganisation> organisation = new Select<>();
    organisation.setLabel(getTranslation("hrr.submission.organisation"));
    organisation.setId("submission-organisation");
    organisation.setItems(members);
    organisation.setItemLabelGenerator(MemberOrganisation::name);
    organisation.setWidthFull();
    TextArea text = new TextArea(getTranslation("hrr.submission.text"));
    text.setId("submission-text");
    text.setMaxLength(HrrLimits.SUBMISSION);
    text.setHelperText(getTranslation("hrr.submission.help"));
    text.setWidthFull();
    text.setMinHeight("10em");
    FormDialog dialog = new FormDialog(getTranslation("hrr.submission.enter"), getTranslation("hrr.submission.save"),
        "save-submission", () -> hrr.recordSubmission(c.reference(), new NewHrrSubmission(
            organisation.getValue() == null ? null : organisation.getValue().id(), text.getValue())),
        getTranslation("hrr.submission.saved"), () -> show(c.reference()));
    dialog.with(organisation, text);
    dialog.errors().bind("organisationId", organisation).bind("text", text);
    dialog.open();
  }
}
