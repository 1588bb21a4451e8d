package org.liaison.officers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.liaison.officers.ContactService;
import org.liaison.officers.Officer;
import org.liaison.ui.FormDialog;

/** Confirms archiving an officer: they leave the lists and nobody is asked to keep in touch any more. */
final class ArchiveOfficerDialog {

  static void open(ContactService contacts, Officer officer, Runnable afterArchive) {
    UI ui = UI.getCurrent();
    FormDialog dialog = new FormDialog(ui.getTranslation("contacts.archive.title", officer.name()),
        ui.getTranslation("contacts.archive.confirm"), "confirm-archive", () -> contacts.archiveOfficer(officer.id()),
        ui.getTranslation("contacts.archive.done", officer.name()), afterArchive);
    dialog.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
    dialog.with(new Paragraph(ui.getTranslation("contacts.archive.intro")));
    dialog.open();
  }

  private ArchiveOfficerDialog() {}
}
