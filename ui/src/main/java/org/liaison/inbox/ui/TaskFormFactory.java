package org.liaison.inbox.ui;

import java.util.function.Function;
import org.liaison.inbox.InboxItem;

/** A feature's form for the tasks with one form key; a Spring bean per form. */
public interface TaskFormFactory {

  /** The form key of the model's user task, e.g. {@code liaison:draft-outreach}. */
  String formKey();

  TaskForm create(InboxItem item);

  static TaskFormFactory of(String formKey, Function<InboxItem, TaskForm> create) {
    return new TaskFormFactory() {
      @Override
      public String formKey() {
        return formKey;
      }

      @Override
      public TaskForm create(InboxItem item) {
        return create.apply(item);
      }
    };
  }
}
