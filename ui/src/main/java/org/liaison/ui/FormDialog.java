package org.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.liaison.common.InvalidInputException;
import org.liaison.common.StaleRecordException;
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
  private final Paragraph staleWarning = new Paragraph();
  private Runnable refill;

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

  /**
   * For an edit: when someone else saved the record meanwhile, {@code reloadAndFill} loads the newer
   * record into the fields (and keeps its version for the next save); the dialog stays open and says
   * what the user had entered that differs, so nothing typed is lost.
   */
  public FormDialog onStale(Runnable reloadAndFill) {
    this.refill = reloadAndFill;
    staleWarning.setId("stale-warning");
    staleWarning.addClassName("liaison-card");
    staleWarning.setVisible(false);
    fields.addComponentAsFirst(staleWarning);
    return this;
  }

  public Button saveButton() {
    return save;
  }

  /** What the fields hold now, by label. */
  private Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    fields.getChildren().forEach(c -> {
      if (c instanceof HasValue<?, ?> field && c instanceof HasLabel labelled && labelled.getLabel() != null) {
        Object value = field.getValue();
        values.put(labelled.getLabel(), value instanceof java.util.Collection<?> items
            ? items.stream().map(String::valueOf).sorted().collect(java.util.stream.Collectors.joining(", "))
            : value == null ? "" : String.valueOf(value));
      }
    });
    return values;
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
    } catch (StaleRecordException e) {
      if (refill == null) {
        throw e;
      }
      Map<String, String> typed = values();
      refill.run();
      Map<String, String> saved = values();
      List<String> lost = new ArrayList<>();
      typed.forEach((label, value) -> {
        if (!Objects.equals(value, saved.get(label))) {
          lost.add(label + ": " + (value.isEmpty() ? "—" : value));
        }
      });
      staleWarning.setText(getTranslation("record.stale", String.join(" · ", lost)));
      staleWarning.setVisible(true);
      errors.clear();
      Notices.problem(e.getMessage());
      return;
    }
    errors.clear();
    close();
    Notices.success(successMessage);
    afterSave.run();
  }
}
