package org.liaison.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen. */
public final class Notices {

  public static void success(String text) {
    show(text, NotificationVariant.LUMO_SUCCESS, 4000);
  }

  public static void problem(String text) {
    show(text, NotificationVariant.LUMO_ERROR, 8000);
  }

  private static void show(String text, NotificationVariant variant, int millis) {
    Notification n = Notification.show(text, millis, Notification.Position.BOTTOM_START);
    n.addThemeVariants(variant);
    n.addClassName("liaison-notice");
  }

  private Notices() {}
}
