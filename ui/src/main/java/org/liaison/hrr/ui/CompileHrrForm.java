package org.liaison.hrr.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.liaison.hrr.HrrCompilation;
import org.liaison.hrr.HrrLimits;
import org.liaison.hrr.HrrService;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.ui.TaskForm;
import org.liaison.inbox.ui.TaskFormFactory;
import org.liaison.processes.HrrInputProcess.Forms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A coordinator compiles the organisations' input into the text the embassy receives; it starts from
 * every organisation's input under its name, or from the last compilation when it came back from review.
 */
class CompileHrrForm extends TaskForm {

  CompileHrrForm(InboxItem item, HrrService hrr) {
    super(item);
    String reference = item.task().businessKey();
    add(new Paragraph(getTranslation("hrr.compile.intro")));
    TextArea text = new TextArea(getTranslation("hrr.compiled"));
    text.setId("hrr-compiled");
    text.setValue(hrr.compilationDraft(reference));
    text.setMaxLength(HrrLimits.COMPILED);
    text.setWidthFull();
    text.setMinHeight("20em");
    errors.bind("text", text);
    Button submit = new Button(getTranslation("hrr.compile.submit"),
        e -> attempt(() -> hrr.compile(item.task().id(), new HrrCompilation(text.getValue())), "hrr.compile.done"));
    submit.setId("submit-compilation");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(text, submit);
  }

  @Configuration(proxyBeanMethods = false)
  static class Factory {
    @Bean
    TaskFormFactory compileHrrInputForm(HrrService hrr) {
      return TaskFormFactory.of(Forms.COMPILE_HRR_INPUT, item -> new CompileHrrForm(item, hrr));
    }
  }
}
