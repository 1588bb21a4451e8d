package org.liaison.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.liaison.cases.CaseLimits;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.ui.Labels;

/** Field builders shared by the case forms (raising a case, correcting it, triage). */
final class CaseFields {

  static TextField title(Component owner, String id) {
    TextField title = new TextField(owner.getTranslation("case.title"));
    title.setId(id);
    title.setMaxLength(CaseLimits.TITLE);
    title.setRequiredIndicatorVisible(true);
    title.setWidthFull();
    return title;
  }

  static TextArea summary(Component owner, String id) {
    TextArea summary = new TextArea(owner.getTranslation("case.summary"));
    summary.setId(id);
    summary.setMaxLength(CaseLimits.SUMMARY);
    summary.setRequiredIndicatorVisible(true);
    summary.setWidthFull();
    summary.setMinHeight("8em");
    return summary;
  }

  /** Countries by their English names; the value is the ISO code. */
  static ComboBox<String> country(Component owner, String id) {
    ComboBox<String> country = new ComboBox<>(owner.getTranslation("case.country"));
    country.setId(id);
    country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(Labels::country)).toList());
    country.setItemLabelGenerator(Labels::country);
    country.setRequiredIndicatorVisible(true);
    return country;
  }

  static CheckboxGroup<Theme> themes(Component owner, String id) {
    CheckboxGroup<Theme> themes = new CheckboxGroup<>(owner.getTranslation("case.themes"));
    themes.setId(id);
    themes.setItems(Theme.values());
    themes.setItemLabelGenerator(t -> owner.getTranslation("theme." + t.name()));
    themes.addThemeVariants(CheckboxGroupVariant.LUMO_HELPER_ABOVE_FIELD);
    themes.setRequiredIndicatorVisible(true);
    return themes;
  }

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
