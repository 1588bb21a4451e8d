package org.liaison.officers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.liaison.officers.ContactService;
import org.liaison.officers.Handover;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.Officer;
import org.liaison.officers.OfficerRotation;
import org.liaison.ui.FormDialog;

/**
 * A coordinator marks an officer as leaving and names the successor, recorded already or new: the
 * meetings, engagements, next steps and the contact cadence go over to them.
 */
final class HandOverDialog {

  static void open(ContactService contacts, OfficerRotation rotation, Officer leaver, Runnable afterSave) {
    UI ui = UI.getCurrent();
    DatePicker leavingOn = new DatePicker(ui.getTranslation("handover.leavingOn"), LocalDate.now(org.liaison.ui.UserTime.zone()));
    org.liaison.ui.UserTime.calendar(leavingOn);
    leavingOn.setId("handover-leaving-on");
    RadioButtonGroup<Boolean> existing = new RadioButtonGroup<>(ui.getTranslation("handover.successor"));
    existing.setId("handover-successor-kind");
    existing.setItems(true, false);
    existing.setItemLabelGenerator(e -> ui.getTranslation(e ? "handover.existing" : "handover.new"));
    existing.setValue(true);
    List<Officer> others = contacts.officers().stream().filter(o -> !o.id().equals(leaver.id())).toList();
    ComboBox<Officer> successor = new ComboBox<>(ui.getTranslation("handover.choose"), others);
    successor.setId("handover-successor");
    successor.setItemLabelGenerator(o -> o.name() + " · " + ui.getTranslation("portfolio." + o.portfolio().name()));
    successor.setWidthFull();
    TextField name = new TextField(ui.getTranslation("contacts.name"));
    name.setId("handover-new-name");
    TextField title = new TextField(ui.getTranslation("contacts.officerTitle"));
    title.setId("handover-new-title");
    title.setValue(leaver.title() == null ? "" : leaver.title());
    EmailField email = new EmailField(ui.getTranslation("contacts.email"));
    email.setId("handover-new-email");
    Runnable show = () -> {
      successor.setVisible(existing.getValue());
      name.setVisible(!existing.getValue());
      title.setVisible(!existing.getValue());
      email.setVisible(!existing.getValue());
    };
    existing.addValueChangeListener(e -> show.run());
    show.run();
    FormDialog dialog = new FormDialog(ui.getTranslation("handover.title", leaver.name()),
        ui.getTranslation("handover.save"), "save-handover", () -> rotation.handOver(leaver.id(), new Handover(
            leavingOn.getValue(), existing.getValue() && successor.getValue() != null ? successor.getValue().id() : null,
            existing.getValue() ? null : new NewOfficer(leaver.embassyId(), name.getValue(), title.getValue(),
                leaver.portfolio(), email.getValue(), leaver.contactCadence()))),
        ui.getTranslation("handover.done", leaver.name()), afterSave);
    dialog.with(new Paragraph(ui.getTranslation("handover.intro")), leavingOn, existing, successor, name, title, email);
    dialog.errors().bind("leavingOn", leavingOn).bind("successorId", successor).bind("newSuccessor.name", name)
        .bind("newSuccessor.title", title).bind("newSuccessor.email", email);
    dialog.open();
  }

  private HandOverDialog() {}
}
