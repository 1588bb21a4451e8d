package org.liaison.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseRouting;
import org.liaison.cases.CaseService;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.Officer;
import org.liaison.ui.Labels;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.ui.TaskForm;
import org.liaison.inbox.ui.TaskFormFactory;
import org.liaison.outreach.Outreach;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachLimits;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.OutreachStatus;
import org.liaison.outreach.Review;
import org.liaison.processes.RaiseIssueProcess.Forms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The three outreach steps of a case's lifecycle, each a form of the inbox. */
final class OutreachForms {

  /** The owner writes (or reworks) the three parts the seed asks for. */
  static class Draft extends TaskForm {
    Draft(InboxItem item, OutreachService outreach, CaseService cases) {
      super(item);
      notesForTheDrafter(cases.timeline(item.forCase().reference())).ifPresent(this::add);
      Optional<Outreach> previous = outreach.forCase(item.forCase().reference());
      previous.filter(o -> o.status() == OutreachStatus.CHANGES_REQUESTED && o.reviewComment() != null)
          .ifPresent(o -> {
            Paragraph comment = new Paragraph(getTranslation("outreach.reviewComment", o.reviewComment()));
            comment.setId("draft-review-comment");
            comment.addClassName("liaison-card");
            add(comment);
          });
      add(new Paragraph(getTranslation("draft.intro")));
      TextArea important = part("draft-important", "outreach.important", "draft.important.help");
      TextArea whyUs = part("draft-why-us", "outreach.whyUs", "draft.whyUs.help");
      TextArea action = part("draft-embassy-action", "outreach.embassyAction", "draft.embassyAction.help");
      previous.ifPresent(o -> {
        important.setValue(o.important());
        whyUs.setValue(o.whyUnitedStates());
        action.setValue(o.embassyAction());
      });
      errors.bind("important", important).bind("whyUnitedStates", whyUs).bind("embassyAction", action);
      Button submit = new Button(getTranslation("draft.submit"), e -> attempt(() -> outreach.submitDraft(item.task().id(),
          new OutreachDraft(important.getValue(), whyUs.getValue(), action.getValue())), "draft.done"));
      submit.setId("submit-draft");
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(important, whyUs, action, submit);
    }

    private TextArea part(String id, String labelKey, String helpKey) {
      TextArea area = new TextArea(getTranslation(labelKey));
      area.setId(id);
      area.setHelperText(getTranslation(helpKey));
      area.setMaxLength(OutreachLimits.PART);
      area.setRequiredIndicatorVisible(true);
      area.setWidthFull();
      area.setMinHeight("6em");
      return area;
    }
  }

  /**
   * What the coordinator (triage) and the owner (alignment) wrote down for whoever drafts: shown on
   * the draft form, latest of each.
   */
  private static Optional<Component> notesForTheDrafter(List<CaseActivity> timeline) {
    Optional<CaseActivity> triaged = latest(timeline, CaseActivity.Kind.TRIAGED).filter(a -> a.detail() != null);
    Optional<CaseActivity> aligned = latest(timeline, CaseActivity.Kind.ALIGNED).filter(a -> a.detail() != null);
    if (triaged.isEmpty() && aligned.isEmpty()) {
      return Optional.empty();
    }
    Div notes = new Div();
    notes.setId("draft-notes");
    notes.addClassName("liaison-card");
    triaged.ifPresent(a -> notes.add(new Paragraph(notes.getTranslation("draft.triageNote", a.actor(), a.detail()))));
    aligned.ifPresent(a -> notes.add(new Paragraph(notes.getTranslation("draft.alignmentNote", a.actor(), a.detail()))));
    return Optional.of(notes);
  }

  private static Optional<CaseActivity> latest(List<CaseActivity> timeline, CaseActivity.Kind kind) {
    return timeline.stream().filter(a -> a.kind() == kind).reduce((first, second) -> second);
  }

  /** A coordinator approves the outreach or sends it back with a comment. */
  static class ReviewForm extends TaskForm {
    ReviewForm(InboxItem item, OutreachService outreach, CaseService cases, ContactService contacts) {
      super(item);
      outreach.forCase(item.forCase().reference()).ifPresent(o -> add(parts(this, o)));
      CaseRouting routing = cases.routing(item.forCase().reference());
      add(recipients(routing, contacts));
      TextArea comment = new TextArea(getTranslation("review.comment"));
      comment.setId("review-comment");
      comment.setHelperText(getTranslation("review.comment.help"));
      comment.setMaxLength(OutreachLimits.REVIEW_COMMENT);
      comment.setWidthFull();
      errors.bind("comment", comment);
      Button approve = new Button(getTranslation("review.approve"),
          e -> attempt(() -> outreach.review(item.task().id(), Review.approve(comment.getValue())), "review.approved"));
      approve.setId("approve-outreach");
      approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
      Button sendBack = new Button(getTranslation("review.sendBack"),
          e -> attempt(() -> outreach.review(item.task().id(), Review.sendBack(comment.getValue())), "review.sentBack"));
      sendBack.setId("send-back-outreach");
      Paragraph approveSends = new Paragraph(getTranslation("review.approveSends", routing.officers().size()));
      approveSends.setId("review-approve-sends");
      add(comment, approveSends, new HorizontalLayout(approve, sendBack));
    }

    /** Whom Approve e-mails at once: the embassy, each chosen officer, and the priorities it serves. */
    private Component recipients(CaseRouting routing, ContactService contacts) {
      Div box = new Div(new H4(getTranslation("review.recipients")));
      box.setId("review-recipients");
      box.addClassName("liaison-card");
      for (Embassy embassy : routing.officersEmbassies()) {
        box.add(new Paragraph(getTranslation("review.embassy", Labels.embassy(this, embassy))));
      }
      UnorderedList officers = new UnorderedList();
      for (Officer officer : routing.officers()) {
        String where = routing.embassyOf(officer).map(e -> Labels.embassy(this, e))
            .orElseGet(() -> getTranslation("review.washington"));
        officers.add(new ListItem(getTranslation("review.officer", officer.name(),
            getTranslation("portfolio." + officer.portfolio().name()), where,
            officer.email() == null ? getTranslation("review.noEmail") : officer.email())));
      }
      box.add(officers);
      box.add(new Paragraph(routing.priorities().isEmpty() ? getTranslation("review.noPriority")
          : getTranslation("review.priorities", routing.priorities().stream().map(EmbassyPriority::objective)
              .collect(Collectors.joining("; ")))));
      return box;
    }
  }

  static Component parts(Component owner, Outreach o) {
    return new Div(part(owner, "outreach.important", o.important()), part(owner, "outreach.whyUs", o.whyUnitedStates()),
        part(owner, "outreach.embassyAction", o.embassyAction()));
  }

  private static Component part(Component owner, String labelKey, String text) {
    Div part = new Div(new H4(owner.getTranslation(labelKey)), new Span(text));
    part.addClassName("liaison-part");
    return part;
  }

  @Configuration(proxyBeanMethods = false)
  static class Factories {
    @Bean
    TaskFormFactory draftOutreachForm(OutreachService outreach, CaseService cases) {
      return TaskFormFactory.of(Forms.DRAFT_OUTREACH, item -> new Draft(item, outreach, cases));
    }

    @Bean
    TaskFormFactory reviewOutreachForm(OutreachService outreach, CaseService cases, ContactService contacts) {
      return TaskFormFactory.of(Forms.REVIEW_OUTREACH, item -> new ReviewForm(item, outreach, cases, contacts));
    }
  }

  private OutreachForms() {}
}
