package org.liaison.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.liaison.cases.CaseLimits;
import org.liaison.cases.CaseService;
import org.liaison.cases.Severity;
import org.liaison.cases.Triage;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.ui.TaskForm;
import org.liaison.inbox.ui.TaskFormFactory;
import org.liaison.processes.RaiseIssueProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A coordinator confirms the severity and passes the case to its owner for drafting. */
class TriageForm extends TaskForm {

  TriageForm(InboxItem item, CaseService cases) {
    super(item);
    RadioButtonGroup<Severity> severity = CaseFields.severity(this, "triage-severity");
    severity.setValue(item.forCase().severity());
    TextArea note = new TextArea(getTranslation("triage.note"));
    note.setId("triage-note");
    note.setHelperText(getTranslation("triage.note.help"));
    note.setMaxLength(CaseLimits.TRIAGE_NOTE);
    note.setWidthFull();
    errors.bind("severity", severity).bind("note", note);

    Button submit = new Button(getTranslation("triage.submit"),
        e -> attempt(() -> cases.triage(item.task().id(), new Triage(severity.getValue(), note.getValue())), "triage.done"));
    submit.setId("submit-triage");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(severity, note, submit);
  }

  @Configuration(proxyBeanMethods = false)
  static class Factory {
    @Bean
    TaskFormFactory triageForm(CaseService cases) {
      return TaskFormFactory.of(RaiseIssueProcess.Forms.TRIAGE_CASE, item -> new TriageForm(item, cases));
    }
  }
}
