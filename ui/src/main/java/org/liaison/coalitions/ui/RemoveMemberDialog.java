package org.liaison.coalitions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.coalitions.LastCoordinatorException;
import org.liaison.coalitions.Member;
import org.liaison.coalitions.MemberAdministration;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.ui.FieldErrors;
import org.liaison.ui.Notices;
import org.liaison.workflow.WorkItem;

/**
 * Removing a member: their open tasks are listed, each with who takes it over. A task offered to a
 * group may go back to it; a task they hold as a record's owner must be given to someone, so no
 * owner task is left without an owner.
 */
class RemoveMemberDialog extends Dialog {

  private final Map<String, ComboBox<Member>> takeOver = new LinkedHashMap<>();
  private final FieldErrors errors = new FieldErrors();

  RemoveMemberDialog(MemberAdministration admin, Member member, Runnable afterRemoval) {
    super(getTranslationOf("members.remove.title", member.username()));
    setId("remove-dialog");
    setWidth("40em");
    VerticalLayout content = new VerticalLayout();
    content.setPadding(false);
    content.add(new Paragraph(getTranslation("members.remove.text", member.username())));
    List<WorkItem> tasks = admin.openTasksOf(member.username());
    List<Member> others = admin.members().stream().filter(m -> !m.username().equals(member.username())).toList();
    if (tasks.isEmpty()) {
      content.add(new Paragraph(getTranslation("members.remove.noTasks")));
    } else {
      content.add(new Paragraph(getTranslation("members.remove.tasks", tasks.size())));
    }
    int n = 0;
    for (WorkItem task : tasks) {
      ComboBox<Member> who = new ComboBox<>(task.name() + (task.businessKey() == null ? "" : " · " + task.businessKey()));
      who.setId("take-over-" + n++);
      who.setItems(others);
      who.setItemLabelGenerator(m -> m.username() + (m.displayName().isBlank() ? "" : " (" + m.displayName() + ")"));
      who.setPlaceholder(getTranslation(task.groupTask() ? "members.remove.backToGroup" : "members.remove.chooseOwner"));
      who.setHelperText(getTranslation(task.groupTask() ? "members.remove.groupTask" : "members.remove.ownerTask"));
      who.setWidthFull();
      takeOver.put(task.id(), who);
      errors.bind(task.id(), who);
      content.add(who);
    }
    add(content);
    Button confirm = new Button(getTranslation("members.remove.confirm", member.username()), e -> {
      Map<String, String> choices = new LinkedHashMap<>();
      takeOver.forEach((taskId, box) -> {
        if (box.getValue() != null) {
          choices.put(taskId, box.getValue().username());
        }
      });
      try {
        admin.remove(member.username(), choices);
        close();
        Notices.success(getTranslation("members.removed", member.username()));
        afterRemoval.run();
      } catch (InvalidInputException ex) {
        errors.show(ex);
      } catch (LastCoordinatorException | NotAllowedException | NotFoundException ex) {
        Notices.problem(ex.getMessage());
      }
    });
    confirm.setId("confirm-remove");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
  }

  private static String getTranslationOf(String key, Object... params) {
    return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, params);
  }
}
