package org.liaison.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Arrays;
import org.liaison.cases.Severity;

/** Field builders shared by the case forms. */
final class CaseFields {

  static RadioButtonGroup<Severity> severity(Component owner, String id) {
    RadioButtonGroup<Severity> severity = new RadioButtonGroup<>(owner.getTranslation("case.severity"));
    severity.setId(id);
    severity.setItems(Arrays.asList(Severity.values()));
    severity.setItemLabelGenerator(s -> owner.getTranslation("severity." + s.name()));
    severity.setRequiredIndicatorVisible(true);
    return severity;
  }

  private CaseFields() {}
}
