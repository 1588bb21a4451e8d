package org.liaison.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import com.vaadin.flow.component.html.Anchor;
import org.liaison.cases.AlignmentChoices;
import org.liaison.cases.CaseRouting;
import org.liaison.ui.Labels;
import org.liaison.cases.CaseService;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.ui.TaskForm;
import org.liaison.inbox.ui.TaskFormFactory;
import org.liaison.officers.ContactService;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.Officer;
import org.liaison.processes.RaiseIssueProcess.Forms;
import org.liaison.steps.StepInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The owner aligns a routed case with the embassy's stated priorities and chooses the officers the
 * outreach goes to; officers in the portfolios the routing suggested are pre-selected.
 */
class AlignForm extends TaskForm {

  AlignForm(InboxItem item, CaseService cases, ContactService contacts) {
    super(item);
    CaseRouting routing = cases.routing(item.forCase().reference());
    add(new Paragraph(getTranslation("align.intro")));
    Paragraph suggestion = new Paragraph(routing.portfolios().isEmpty() ? getTranslation("align.noSuggestion")
        : getTranslation("align.suggested",
            routing.portfolios().stream().map(p -> getTranslation("portfolio." + p.name())).collect(Collectors.joining(", ")),
            routing.urgency() == null ? "—" : getTranslation("urgency." + routing.urgency().name())));
    suggestion.setId("align-suggestion");
    suggestion.addClassName("liaison-card");
    add(suggestion);

    AlignmentChoices choices = cases.alignmentChoices(item.forCase().reference());
    if (choices.embassies().isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("align.noEmbassy", Labels.country(choices.country())) + " ");
      none.setId("align-no-embassy");
      none.addClassName("liaison-card");
      none.add(new Anchor("contacts", getTranslation("align.noEmbassy.link")));
      add(none);
    } else {
      Paragraph embassies = new Paragraph(getTranslation("align.embassies", Labels.country(choices.country()),
          choices.embassies().stream().map(e -> Labels.embassy(this, e)).collect(Collectors.joining("; "))));
      embassies.setId("align-embassies");
      add(embassies);
    }
    java.util.Map<java.util.UUID, org.liaison.officers.Embassy> embassyById = choices.embassies().stream()
        .collect(Collectors.toMap(org.liaison.officers.Embassy::id, e -> e));
    List<EmbassyPriority> priorities = choices.priorities();
    CheckboxGroup<EmbassyPriority> priorityBox = new CheckboxGroup<>(getTranslation("align.priorities"));
    priorityBox.setId("align-priorities");
    priorityBox.setHelperText(getTranslation("align.priorities.help"));
    priorityBox.setItems(priorities);
    priorityBox.setItemLabelGenerator(p -> p.objective() + " · " + embassyName(embassyById.get(p.embassyId()))
        + " (" + Labels.day(p.capturedOn()) + ")");
    priorityBox.select(priorities.stream().filter(p -> routing.priorities().contains(p)).toList());

    List<Officer> officers = choices.officers();
    CheckboxGroup<Officer> officerBox = new CheckboxGroup<>(getTranslation("align.officers"));
    officerBox.setId("align-officers");
    officerBox.setHelperText(getTranslation("align.officers.help"));
    officerBox.setItems(officers);
    officerBox.setItemLabelGenerator(o -> o.name() + " · " + getTranslation("portfolio." + o.portfolio().name())
        + " · " + (o.inWashington() ? getTranslation("align.washington") : embassyName(embassyById.get(o.embassyId())))
        + (o.email() == null ? " · " + getTranslation("align.noEmail") : ""));
    officerBox.setItemEnabledProvider(o -> o.email() != null);
    // no required indicator: on a checkbox group it sets aria-required, which role=group does not allow
    // (axe-core aria-allowed-attr); the label says it instead
    officerBox.select(routing.officers().isEmpty()
        ? officers.stream().filter(o -> o.email() != null && !o.inWashington()
            && routing.portfolios().contains(o.portfolio())).toList()
        : routing.officers());

    TextArea note = new TextArea(getTranslation("align.note"));
    note.setId("align-note");
    note.setMaxLength(StepInput.NOTE_MAX);
    note.setWidthFull();
    errors.bind("priorityIds", priorityBox).bind("officerIds", officerBox).bind("note", note);
    Button submit = new Button(getTranslation("align.submit"), e -> attempt(() -> cases.align(item.task().id(),
        new org.liaison.cases.Alignment(ids(priorityBox.getSelectedItems().stream().map(EmbassyPriority::id)),
            ids(officerBox.getSelectedItems().stream().map(Officer::id)), note.getValue())), "align.done"));
    submit.setId("submit-alignment");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(priorityBox, officerBox, note, submit);
  }

  private String embassyName(org.liaison.officers.Embassy embassy) {
    return embassy == null ? "" : Labels.embassy(this, embassy);
  }

  private static <T> Set<T> ids(java.util.stream.Stream<T> ids) {
    return ids.collect(Collectors.toSet());
  }

  @Configuration(proxyBeanMethods = false)
  static class Factory {
    @Bean
    TaskFormFactory alignWithPrioritiesForm(CaseService cases, ContactService contacts) {
      return TaskFormFactory.of(Forms.ALIGN_WITH_PRIORITIES, item -> new AlignForm(item, cases, contacts));
    }
  }
}
