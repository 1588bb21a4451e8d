package org.liaison.coalitions.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.tenancy.Role;

/** Choosing roles, and roles in words; a member who is not a coordinator is not offered the roles only coordinators grant. */
final class RoleChoice {

  static CheckboxGroup<Role> group(String id, String label, boolean coordinator) {
    CheckboxGroup<Role> roles = new CheckboxGroup<>(label);
    roles.setId(id);
    roles.setItems(coordinator ? EnumSet.allOf(Role.class) : EnumSet.of(Role.MEMBER));
    roles.setItemLabelGenerator(r -> roles.getTranslation("role." + r.name()));
    return roles;
  }

  static String words(com.vaadin.flow.component.Component c, Set<Role> roles) {
    List<Role> sorted = roles.stream().sorted().toList();
    return sorted.stream().map(r -> c.getTranslation("role." + r.name())).collect(Collectors.joining(", "));
  }

  private RoleChoice() {}
}
