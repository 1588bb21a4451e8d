package org.liaison.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseLimits;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.common.InvalidInputException;
import org.liaison.ui.FieldErrors;
import org.liaison.ui.Labels;
import org.liaison.ui.Notices;

/** A member raises a case; it starts at triage by a coordinator. */
@Route("cases/new")
@PageTitle("Raise a case · Liaison")
@PermitAll
class RaiseCaseView extends VerticalLayout {

  private final CaseService cases;
  private final TextField title;
  private final TextArea summary;
  private final ComboBox<String> country;
  private final CheckboxGroup<Theme> themes;
  private final RadioButtonGroup<Severity> severity;
  private final FieldErrors errors = new FieldErrors();
  /** Text typed into the country box that matches no country; sent as is, so the service names the problem. */
  private String typedCountry;

  RaiseCaseView(CaseService cases) {
    this.cases = cases;
    setId("raise-case");
    setMaxWidth("50em");
    add(new H2(getTranslation("raise.title")), new Paragraph(getTranslation("raise.intro")));

    title = CaseFields.title(this, "case-title");
    summary = CaseFields.summary(this, "case-summary");
    summary.setHelperText(getTranslation("raise.summary.help"));
    country = CaseFields.country(this, "case-country");
    country.setAllowCustomValue(true);
    country.setRequiredIndicatorVisible(true);
    country.addCustomValueSetListener(e -> {
      typedCountry = e.getDetail();
      // the same words the service uses, whichever of the two answers arrives last
      country.setErrorMessage(getTranslation("raise.country.unknown"));
      country.setInvalid(true);
    });
    country.addValueChangeListener(e -> {
      if (e.getValue() != null) {
        typedCountry = null;
        country.setInvalid(false);
      }
    });

    themes = CaseFields.themes(this, "case-themes");

    severity = CaseFields.severity(this, "case-severity");

    errors.bind("title", title).bind("summary", summary).bind("country", country)
        .bind("themes", themes).bind("severity", severity);

    Button raise = new Button(getTranslation("raise.submit"), e -> raise());
    raise.setId("submit-case");
    raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(title, summary, country, themes, severity, raise);
  }

  private void raise() {
    String countryCode = country.getValue() != null ? country.getValue() : typedCountry;
    try {
      CaseDetails raised = cases.raise(new NewCase(title.getValue(), summary.getValue(), countryCode,
          themes.getValue(), severity.getValue()));
      Notices.success(getTranslation("raise.done", raised.reference()));
      getUI().ifPresent(ui -> ui.navigate("cases/" + raised.reference()));
    } catch (InvalidInputException e) {
      errors.show(e);
    }
  }
}
