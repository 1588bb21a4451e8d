package org.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Arrays;
import java.util.List;

/** Filter fields of the record lists: a choice among an enum's values, or among people. */
public final class ListFilters {

  /** A clearable choice of {@code values}, labelled by the translations {@code valueKeys + name}. */
  public static <E extends Enum<E>> ComboBox<E> choice(Component owner, String id, String labelKey, E[] values,
      String valueKeys) {
    ComboBox<E> box = new ComboBox<>(owner.getTranslation(labelKey), Arrays.asList(values));
    box.setId(id);
    box.setItemLabelGenerator(v -> owner.getTranslation(valueKeys + v.name()));
    box.setClearButtonVisible(true);
    box.setWidth("11em");
    return box;
  }

  /** A clearable choice of the coalition's people. */
  public static ComboBox<String> person(Component owner, String id, String labelKey, List<String> people) {
    ComboBox<String> box = new ComboBox<>(owner.getTranslation(labelKey), people);
    box.setId(id);
    box.setClearButtonVisible(true);
    box.setWidth("11em");
    return box;
  }

  private ListFilters() {}
}
