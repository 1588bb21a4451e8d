package org.liaison.officers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Comparator;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.ui.TaskForm;
import org.liaison.inbox.ui.TaskFormFactory;
import org.liaison.ui.Labels;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.Officer;
import org.liaison.officers.ReachOut;
import org.liaison.officers.RelationshipService;
import org.liaison.processes.RelationshipCadenceProcess.Forms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contact cadence with an officer passed without contact: a member reaches out with something
 * useful (information, an invitation to an event or a site visit, a question) and records it here.
 */
class ReachOutForm extends TaskForm {

  ReachOutForm(InboxItem item, RelationshipService relationships) {
    super(item);
    Officer officer = relationships.officerToReach(item.task().id());
    Paragraph about = new Paragraph();
    about.setId("reach-out-officer");
    about.addClassName("liaison-card");
    about.add(new Anchor("officers/" + officer.id(), officer.name()));
    about.add(" · " + getTranslation("reach-out.lastContact", officer.lastContactOn() == null
        ? getTranslation("officer.lastContact.never") : Labels.day(officer.lastContactOn())));
    add(about, new Paragraph(getTranslation("reach-out.intro")));
    RadioButtonGroup<EngagementKind> kind = new RadioButtonGroup<>(getTranslation("reach-out.kind"));
    kind.setId("reach-out-kind");
    kind.setItems(ReachOut.KINDS.stream().sorted(Comparator.comparing(Enum::ordinal)).toList());
    kind.setItemLabelGenerator(k -> getTranslation("engagement.kind." + k.name()));
    kind.setRequiredIndicatorVisible(true);
    TextArea summary = new TextArea(getTranslation("reach-out.summary"));
    summary.setId("reach-out-summary");
    summary.setRequiredIndicatorVisible(true);
    summary.setMaxLength(4000);
    summary.setWidthFull();
    errors.bind("kind", kind).bind("summary", summary);
    Button submit = new Button(getTranslation("reach-out.submit"), e -> attempt(() -> relationships.reachOut(
        item.task().id(), new ReachOut(kind.getValue(), summary.getValue())), "reach-out.done"));
    submit.setId("submit-reach-out");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(kind, summary, submit);
  }

  @Configuration(proxyBeanMethods = false)
  static class Factory {
    @Bean
    TaskFormFactory reachOutForm(RelationshipService relationships) {
      return TaskFormFactory.of(Forms.REACH_OUT, item -> new ReachOutForm(item, relationships));
    }
  }
}
