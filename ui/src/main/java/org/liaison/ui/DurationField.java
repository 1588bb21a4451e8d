package org.liaison.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumSet;
import java.util.Set;
import org.liaison.ui.Durations.Amount;
import org.liaison.ui.Durations.Unit;

/**
 * A duration entered as a number and a unit ("7" "days"); its value is the ISO 8601 text the
 * services store ({@code P7D}), or empty when the number is. Its parts have the ids
 * {@code <id>-amount} and {@code <id>-unit}.
 */
public class DurationField extends CustomField<String> {

  private final IntegerField amount = new IntegerField();
  private final Select<Unit> unit = new Select<>();

  /** A field offering {@code units}; a stored value in another unit shows in its own unit all the same. */
  public DurationField(String label, String id, Set<Unit> units) {
    setLabel(label);
    setId(id);
    amount.setId(id + "-amount");
    amount.setMin(1);
    amount.setStepButtonsVisible(true);
    amount.setWidth("9em");
    amount.setAriaLabel(label);
    unit.setId(id + "-unit");
    unit.setItems(units);
    unit.setItemLabelGenerator(u -> getTranslation("duration.unit." + u.name()));
    unit.setValue(units.contains(Unit.DAYS) ? Unit.DAYS : units.iterator().next());
    unit.setWidth("9em");
    unit.setAriaLabel(label);
    HorizontalLayout parts = new HorizontalLayout(amount, unit);
    parts.setAlignItems(Alignment.BASELINE);
    parts.setSpacing(true);
    add(parts);
  }

  /** For a field shown without a label (a row of a table): names its number and unit for assistive technology. */
  public void setAccessibleName(String name) {
    amount.setAriaLabel(name);
    unit.setAriaLabel(name);
  }

  public DurationField(String label, String id) {
    this(label, id, EnumSet.of(Unit.HOURS, Unit.DAYS, Unit.WEEKS, Unit.MONTHS));
  }

  @Override
  protected String generateModelValue() {
    return amount.getValue() == null || unit.getValue() == null ? "" : unit.getValue().iso(amount.getValue());
  }

  @Override
  protected void setPresentationValue(String iso) {
    Durations.read(iso).ifPresentOrElse(a -> show(a), () -> amount.clear());
  }

  private void show(Amount a) {
    if (!unit.getListDataView().contains(a.unit())) {
      unit.getListDataView().addItem(a.unit());
    }
    unit.setValue(a.unit());
    amount.setValue(a.amount());
  }

  /** The chosen unit as a person reads it ("days"). */
  public String unitLabel() {
    return unit.getValue() == null ? "" : getTranslation("duration.unit." + unit.getValue().name());
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    super.setReadOnly(readOnly);
    amount.setReadOnly(readOnly);
    unit.setReadOnly(readOnly);
  }
}
