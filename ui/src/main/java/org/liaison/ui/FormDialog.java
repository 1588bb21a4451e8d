package org.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.liaison.common.InvalidInputException;
import org.liaison.workflow.MessageNotExpectedException;

/**
 * A dialog that saves something through a service: bad input is shown on its fields and the dialog
 * stays open with everything typed; a message no lifecycle is waiting for is explained; on success
 * it closes, says so, and lets the page refresh.
 */
public class FormDialog extends Dialog {

  private final FieldErrors errors = new FieldErrors();
  private final VerticalLayout fields = new VerticalLayout();
  private final Button save;

  /**
   * @param saveId element id of the save button (tests click it)
   * @param saveAction the service call
   * @param successMessage shown after saving
   * @param afterSave e.g. the page's refresh
   */
  public FormDialog(String title, String saveLabel, String saveId, Runnable saveAction, String successMessage,
      Runnable afterSave) {
    super(title);
    fields.setPadding(false);
    add(fields);
    save = new Button(saveLabel, e -> attempt(saveAction, successMessage, afterSave));
    save.setId(saveId);
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), save);
    setWidth("36em");
  }

  public FormDialog with(Component... components) {
    fields.add(components);
    return this;
  }

  public FieldErrors errors() {
    return errors;
  }

  public Button saveButton() {
    return save;
  }

  private void attempt(Runnable saveAction, String successMessage, Runnable afterSave) {
    try {
      saveAction.run();
    } catch (InvalidInputException e) {
      errors.show(e);
      return;
    } catch (MessageNotExpectedException e) {
      Notices.problem(e.getMessage());
      return;
    }
    errors.clear();
    close();
    Notices.success(successMessage);
    afterSave.run();
  }
}
