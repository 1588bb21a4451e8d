package org.liaison.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.concurrent.atomic.AtomicReference;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingRequest;
import org.liaison.meetings.MeetingService;
import org.liaison.officers.Officer;
import org.liaison.ui.FormDialog;

/**
 * Asks an officer for a meeting owned by the person: what it is about. On success the meeting's page
 * opens; its first step (request the meeting) waits in the person's inbox.
 */
public final class RequestMeetingDialog {

  public static void open(MeetingService meetings, Officer officer) {
    UI ui = UI.getCurrent();
    TextArea purpose = new TextArea(ui.getTranslation("meeting.request.purpose"));
    purpose.setId("meeting-purpose");
    purpose.setHelperText(ui.getTranslation("meeting.request.purpose.help"));
    purpose.setRequiredIndicatorVisible(true);
    purpose.setMaxLength(2000);
    purpose.setWidthFull();
    AtomicReference<Meeting> requested = new AtomicReference<>();
    FormDialog dialog = new FormDialog(ui.getTranslation("meeting.request.title", officer.name()),
        ui.getTranslation("meeting.request.save"), "save-meeting-request",
        () -> requested.set(meetings.request(new MeetingRequest(officer.id(), purpose.getValue()))),
        ui.getTranslation("meeting.request.done"), () -> ui.navigate("meetings/" + requested.get().reference()));
    dialog.with(new Paragraph(ui.getTranslation("meeting.request.intro")), purpose);
    dialog.errors().bind("purpose", purpose);
    dialog.open();
  }

  private RequestMeetingDialog() {}
}
