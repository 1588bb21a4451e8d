package org.liaison.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.liaison.inbox.InboxItem;
import org.liaison.steps.StepDefinition;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepService;

/**
 * The form of a generic step: what the step asks (from the translation bundle, by form key), the
 * yes/no decision where the model branches, and a note of what was done.
 */
class StepForm extends TaskForm {

  StepForm(InboxItem item, StepDefinition step, StepService steps) {
    super(item);
    String key = translationKey(step);
    Paragraph intro = new Paragraph(getTranslation(key + ".intro"));
    intro.setId("step-intro");
    add(intro);
    RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(getTranslation(key + ".question"));
    decision.setId("step-decision");
    decision.setItems(Boolean.TRUE, Boolean.FALSE);
    decision.setItemLabelGenerator(answer -> getTranslation(key + (answer ? ".yes" : ".no")));
    decision.setRequiredIndicatorVisible(true);
    decision.setVisible(step.decides());
    TextArea note = new TextArea(getTranslation("step.note"));
    note.setId("step-note");
    note.setHelperText(getTranslation(step.noteRequired() ? "step.note.required" : "step.note.optional"));
    note.setRequiredIndicatorVisible(step.noteRequired());
    note.setMaxLength(StepInput.NOTE_MAX);
    note.setWidthFull();
    note.setMinHeight("6em");
    errors.bind("decision", decision).bind("note", note);
    Button submit = new Button(getTranslation("step.submit"), e -> attempt(() -> steps.complete(item.task().id(),
        new StepInput(note.getValue(), step.decides() ? decision.getValue() : null)), "step.done"));
    submit.setId("submit-step");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(decision, note, submit);
  }

  /** {@code liaison:follow-up} → {@code step.follow-up}: the bundle keys of a step's texts. */
  static String translationKey(StepDefinition step) {
    return "step." + step.formKey().substring(step.formKey().indexOf(':') + 1);
  }
}
