package org.liaison.convenings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.liaison.convenings.Convening;
import org.liaison.convenings.ConveningFormat;
import org.liaison.convenings.ConveningLimits;
import org.liaison.convenings.ConveningService;
import org.liaison.convenings.Hosting;
import org.liaison.convenings.NewConvening;
import org.liaison.convenings.NewInvitee;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.tenancy.Role;
import org.liaison.ui.CurrentUser;
import org.liaison.ui.FormDialog;
import org.liaison.convenings.ConveningStatus;
import org.liaison.records.ListQuery;
import org.liaison.ui.Labels;
import org.liaison.ui.ListFilters;
import org.liaison.ui.ListPage;

/** The coalition's convenings; coordinators propose new ones with their invitees. */
@Route("convenings")
@PageTitle("Convenings · Liaison")
@PermitAll
class ConveningsView extends VerticalLayout {

  private final ConveningService convenings;
  private final ContactService contacts;

  ConveningsView(ConveningService convenings, ContactService contacts, CurrentUser user) {
    this.convenings = convenings;
    this.contacts = contacts;
    setId("convenings");
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("convenings.title")));
    header.setAlignItems(Alignment.BASELINE);
    if (user.actor().map(a -> a.has(Role.COORDINATOR)).orElse(false)) {
      Button propose = new Button(getTranslation("convenings.propose"), VaadinIcon.PLUS.create(), e -> proposeDialog());
      propose.setId("propose-convening");
      propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      header.add(propose);
    }
    add(header, new Paragraph(getTranslation("convenings.intro")));

    ComboBox<ConveningStatus> status = ListFilters.choice(this, "convenings-filter-status", "convening.status",
        ConveningStatus.values(), "convening.status.");
    ListPage<Convening> list = new ListPage<>(this, "convenings-grid");
    Grid<Convening> grid = list.grid();
    grid.addColumn(Convening::reference).setHeader(getTranslation("convening.reference")).setSortProperty("reference")
        .setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(Convening::title).setHeader(getTranslation("convening.title")).setSortProperty("title").setFlexGrow(3);
    // each convening in the local time of its embassy, the zone named (as on its page)
    java.util.Map<java.util.UUID, java.time.ZoneId> zones = contacts.embassies().stream()
        .collect(java.util.stream.Collectors.toMap(org.liaison.officers.Embassy::id, org.liaison.officers.Embassy::timeZone));
    grid.addColumn(c -> Labels.when(c.startsAt(), c.embassyId() == null ? java.time.ZoneId.systemDefault()
        : zones.getOrDefault(c.embassyId(), java.time.ZoneId.systemDefault()))).setHeader(getTranslation("convening.startsAt"))
        .setSortProperty("starts").setFlexGrow(1);
    grid.addColumn(c -> getTranslation("convening.format." + c.format().name()))
        .setHeader(getTranslation("convening.format")).setSortProperty("format").setFlexGrow(1);
    grid.addComponentColumn(c -> Labels.badge(c.status(), getTranslation("convening.status." + c.status().name())))
        .setHeader(getTranslation("convening.status")).setSortProperty("status").setFlexGrow(1);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("convenings/" + e.getItem().reference())));
    list.filter(status).defaultDescending(true).fetching((text, sort, descending, offset, limit) -> convenings.find(
        new ListQuery(text, status.getValue() == null ? null : status.getValue().name(), null, sort, descending),
        offset, limit));
    add(list.components());
  }

  private void proposeDialog() {
    TextField title = new TextField(getTranslation("convening.title"));
    title.setId("convening-title");
    title.setMaxLength(ConveningLimits.TITLE);
    title.setWidthFull();
    RadioButtonGroup<ConveningFormat> format = new RadioButtonGroup<>(getTranslation("convening.format"));
    format.setId("convening-format");
    format.setItems(ConveningFormat.values());
    format.setItemLabelGenerator(f -> getTranslation("convening.format." + f.name()));
    format.setValue(ConveningFormat.IN_PERSON);
    Select<Hosting> hosting = new Select<>();
    hosting.setLabel(getTranslation("convening.hosting"));
    hosting.setId("convening-hosting");
    hosting.setItems(Hosting.values());
    hosting.setItemLabelGenerator(h -> getTranslation("convening.hosting." + h.name()));
    hosting.setValue(Hosting.HOSTED);
    hosting.setWidth("20em"); // "Requested from an embassy" in full
    ComboBox<Embassy> embassy = new ComboBox<>(getTranslation("convening.embassy"));
    embassy.setId("convening-embassy");
    embassy.setItems(contacts.embassies());
    embassy.setItemLabelGenerator(e -> Labels.embassy(this, e));
    embassy.setWidth("24em");
    embassy.setHelperText(getTranslation("convening.embassy.help"));
    embassy.setClearButtonVisible(true);
    DateTimePicker startsAt = new DateTimePicker(getTranslation("convening.startsAt"));
    org.liaison.ui.UserTime.calendar(startsAt);
    Runnable nameTheZone = () -> startsAt.setHelperText(getTranslation("convening.times.zone",
        Labels.zone(zoneOf(embassy.getValue()))));
    embassy.addValueChangeListener(e -> nameTheZone.run());
    nameTheZone.run();
    startsAt.setId("convening-starts-at");
    startsAt.setValue(LocalDateTime.of(LocalDate.now().plusDays(21), LocalTime.of(10, 0)));
    TextField place = new TextField(getTranslation("convening.place"));
    place.setId("convening-place");
    place.setMaxLength(ConveningLimits.PLACE);
    place.setWidthFull();
    TextField link = new TextField(getTranslation("convening.link"));
    link.setId("convening-link");
    link.setHelperText(getTranslation("convening.link.help"));
    link.setWidthFull();
    link.setVisible(false);
    format.addValueChangeListener(e -> {
      place.setVisible(e.getValue() != ConveningFormat.ONLINE);
      link.setVisible(e.getValue() == ConveningFormat.ONLINE);
    });
    TextArea agenda = new TextArea(getTranslation("convening.agenda"));
    agenda.setId("convening-agenda");
    agenda.setMaxLength(ConveningLimits.AGENDA);
    agenda.setWidthFull();
    DateTimePicker rsvpDeadline = new DateTimePicker(getTranslation("convening.rsvpDeadline"));
    org.liaison.ui.UserTime.calendar(rsvpDeadline);
    rsvpDeadline.setId("convening-rsvp-deadline");
    rsvpDeadline.setValue(LocalDateTime.of(LocalDate.now().plusDays(14), LocalTime.of(17, 0)));
    rsvpDeadline.setHelperText(getTranslation("convening.rsvpDeadline.help"));

    InviteeRows invitees = new InviteeRows();
    AtomicReference<Convening> proposed = new AtomicReference<>();
    FormDialog dialog = new FormDialog(getTranslation("convenings.propose"), getTranslation("convenings.proposeSave"),
        "save-convening", () -> proposed.set(convenings.propose(new NewConvening(title.getValue(), format.getValue(),
            hosting.getValue(), embassy.getValue() == null ? null : embassy.getValue().id(),
            instant(startsAt, zoneOf(embassy.getValue())), place.isVisible() ? place.getValue() : null,
            link.isVisible() ? link.getValue() : null, agenda.getValue(),
            instant(rsvpDeadline, zoneOf(embassy.getValue())), invitees.values()))),
        getTranslation("convenings.proposed"),
        () -> getUI().ifPresent(ui -> ui.navigate("convenings/" + proposed.get().reference())));
    dialog.setWidth("44em");
    dialog.with(title, format, hosting, embassy, startsAt, place, link, agenda, rsvpDeadline, invitees);
    dialog.errors().bind("title", title).bind("format", format).bind("hosting", hosting).bind("embassyId", embassy)
        .bind("startsAt", startsAt).bind("place", place).bind("link", link).bind("agenda", agenda)
        .bind("rsvpDeadline", rsvpDeadline);
    invitees.bindTo(dialog);
    dialog.open();
  }

  /** What the picker shows, read in the convening's local time. */
  private static java.time.Instant instant(DateTimePicker picker, ZoneId zone) {
    return picker.getValue() == null ? null : picker.getValue().atZone(zone).toInstant();
  }

  /** A convening's times are the co-hosting or hosting embassy's local time; without one, the server's. */
  private static ZoneId zoneOf(Embassy embassy) {
    return embassy == null ? ZoneId.systemDefault() : embassy.timeZone();
  }

  /**
   * The invitees of the dialog: a name and an address per row. Rows left empty are not sent; the
   * service's messages for {@code invitees[k]} land on the row the k-th invitee came from.
   */
  private final class InviteeRows extends VerticalLayout {

    private final List<TextField> names = new ArrayList<>();
    private final List<EmailField> emails = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    private FormDialog dialog;

    InviteeRows() {
      setPadding(false);
      rows.setPadding(false);
      rows.setSpacing(false);
      Button add = new Button(getTranslation("convening.invitees.add"), VaadinIcon.PLUS.create(), e -> addRow());
      add.setId("add-invitee");
      Paragraph help = new Paragraph(getTranslation("convening.invitees.help"));
      help.addClassName("liaison-muted");
      add(new H4(getTranslation("convening.invitees")), help, rows, add);
    }

    void bindTo(FormDialog formDialog) {
      this.dialog = formDialog;
    }

    private void addRow() {
      int i = names.size();
      TextField name = new TextField(getTranslation("convening.invitee.name"));
      name.setId("invitee-name-" + i);
      name.setWidth("18em");
      EmailField email = new EmailField(getTranslation("convening.invitee.email"));
      email.setId("invitee-email-" + i);
      email.setWidth("18em");
      names.add(name);
      emails.add(email);
      rows.add(new HorizontalLayout(name, email));
      name.focus();
    }

    List<NewInvitee> values() {
      List<NewInvitee> values = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).getValue();
        String email = emails.get(i).getValue();
        if (name.isBlank() && email.isBlank()) {
          continue;
        }
        int k = values.size();
        dialog.errors().bind("invitees[" + k + "].name", names.get(i)).bind("invitees[" + k + "].email", emails.get(i));
        values.add(new NewInvitee(name, email));
      }
      return values;
    }
  }
}
