package org.liaison.defenders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.atomic.AtomicReference;
import org.liaison.defenders.AuditEntry;
import org.liaison.defenders.Defender;
import org.liaison.defenders.DefenderAccess;
import org.liaison.defenders.DefenderExport;
import org.liaison.defenders.DefenderService;
import org.liaison.defenders.DefenderStatus;
import org.liaison.defenders.IdentityChange;
import org.liaison.ui.FormDialog;
import org.liaison.ui.Labels;
import org.liaison.ui.RecordPage;
import org.liaison.ui.RecordSections;

/**
 * One defender at risk, by need to know: a focal point sees the identity, the risk and the record's
 * audit trail, and may export (a file, audited at each download) or erase it; a coordinator sees the pseudonym, country, risk level and lifecycle and
 * may break the glass with a reason for one read; any other member sees that a restricted record exists.
 */
@Route("defenders/:reference")
@PageTitle("Defender at risk · Liaison")
@RolesAllowed({"SECURITY", "COORDINATOR", "MEMBER"})
class DefenderView extends RecordPage<Defender> {

  private final DefenderService defenders;
  /** The record a coordinator just broke the glass on, shown once by the next {@link #show}. */
  private static final ThreadLocal<Defender> BROKEN = new ThreadLocal<>();

  DefenderView(DefenderService defenders) {
    super("defender", "defender.status.", reference -> {
      Defender broken = BROKEN.get();
      return broken != null && broken.reference().equals(reference) ? broken : defenders.get(reference);
    }, Defender::status, defenders::openSteps, defenders::journal);
    this.defenders = defenders;
    backTo("defenders", "defenders.back");
  }

  @Override
  protected String heading(Defender d) {
    return d.country() == null ? getTranslation("defender.heading.restricted", d.reference())
        : getTranslation("defender.heading", d.reference(), Labels.country(d.country()));
  }

  @Override
  protected void describe(Defender d) {
    if (d.access() == DefenderAccess.EXISTS_ONLY) {
      Paragraph restricted = new Paragraph(getTranslation("defender.restricted"));
      restricted.setId("defender-restricted");
      restricted.addClassName("liaison-card");
      add(restricted);
      return;
    }
    if (d.erased()) {
      Paragraph erased = new Paragraph(getTranslation("defender.erased", Labels.when(d.erasedAt())));
      erased.setId("defender-erased");
      erased.addClassName("liaison-card");
      add(erased);
    } else {
      add(RecordSections.fact(this, "defender-pseudonym", "defender.pseudonym", d.pseudonym()));
    }
    add(RecordSections.fact(this, "defender-risk-level", "defender.riskLevel",
        getTranslation("defender.riskLevel." + d.riskLevel().name())));
    if (d.identityShown()) {
      Div identity = new Div(new H4(getTranslation(d.access() == DefenderAccess.BROKE_THE_GLASS
          ? "defender.identity.brokenGlass" : "defender.identity")),
          RecordSections.fact(this, "defender-identity-name", "defender.name", orNotRecorded(d.identity().name())),
          RecordSections.fact(this, "defender-identity-location", "defender.location", orNotRecorded(d.identity().location())),
          RecordSections.fact(this, "defender-identity-contact", "defender.contact", orNotRecorded(d.identity().contact())));
      identity.setId("defender-identity");
      identity.addClassName("liaison-card");
      add(identity);
      Div risk = RecordSections.part(this, "defender-risk-summary", "defender.risk", orNotRecorded(d.riskSummary()));
      risk.setWidthFull();
      add(risk);
    } else if (!d.erased()) {
      Paragraph hidden = new Paragraph(getTranslation("defender.identity.hidden"));
      hidden.setId("defender-identity-hidden");
      hidden.addClassName("liaison-muted");
      add(hidden);
      if (d.access() == DefenderAccess.RESTRICTED) {
        Button breakGlass = new Button(getTranslation("defender.breakGlass"), VaadinIcon.UNLOCK.create(),
            e -> breakGlassDialog(d.reference()));
        breakGlass.setId("break-glass");
        breakGlass.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(breakGlass);
      }
    }
    add(RecordSections.fact(this, "defender-reported", "defender.reportedAt",
        Labels.when(d.reportedAt()) + " · " + d.reportedBy()));
    if (d.officerNotifiedAt() != null) {
      add(RecordSections.fact(this, "defender-notified", "defender.notified", Labels.when(d.officerNotifiedAt())));
    } else if (d.status() == DefenderStatus.ASSESSING && !defenders.embassyCanBeNotified(d.reference())) {
      Paragraph warning = new Paragraph(getTranslation("defender.noOfficer", Labels.country(d.country())));
      warning.setId("defender-no-officer");
      warning.addClassName("liaison-card");
      add(warning);
    }
    if (d.access() == DefenderAccess.FOCAL_POINT) {
      auditTrail(d);
    }
  }

  private void auditTrail(Defender d) {
    Grid<AuditEntry> trail = new Grid<>();
    trail.setId("defender-audit");
    trail.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    trail.addColumn(a -> Labels.when(a.occurredAt())).setHeader(getTranslation("defender.audit.when")).setAutoWidth(true);
    trail.addColumn(AuditEntry::actor).setHeader(getTranslation("defender.audit.who")).setAutoWidth(true);
    trail.addColumn(a -> getTranslation("defender.audit.action." + a.action().name()))
        .setHeader(getTranslation("defender.audit.what")).setAutoWidth(true);
    trail.addColumn(a -> a.reason() == null ? "" : a.reason()).setHeader(getTranslation("defender.audit.reason")).setFlexGrow(2);
    trail.setItems(defenders.auditTrail(d.reference()));
    trail.setAllRowsVisible(true); // bounded: one record's trail, at most 1,000 rows (DefenderAudit.trail)
    Button change = new Button(getTranslation("defender.changeIdentity"), VaadinIcon.EDIT.create(), e -> identityDialog(d));
    change.setId("change-identity");
    change.setVisible(!d.erased());
    Button erase = new Button(getTranslation("defender.erase"), VaadinIcon.TRASH.create(), e -> eraseDialog(d.reference()));
    erase.setId("erase-defender");
    erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    erase.setVisible(!d.erased());
    // the file is made (decrypted, audited as EXPORTED) when it is downloaded, each time
    StreamResource file = new StreamResource(d.reference() + ".json",
        () -> new ByteArrayInputStream(defenders.export(d.reference()).content()));
    file.setContentType(DefenderExport.CONTENT_TYPE);
    file.setCacheTime(0);
    Anchor export = new Anchor(file, getTranslation("defender.export"));
    export.getElement().setAttribute("download", true);
    export.setId("export-defender");
    export.setTitle(getTranslation("defender.export.title"));
    add(new H4(getTranslation("defender.audit")), trail, new HorizontalLayout(export, change, erase));
  }

  private void breakGlassDialog(String reference) {
    Paragraph warning = new Paragraph(getTranslation("defender.breakGlass.intro"));
    TextArea reason = new TextArea(getTranslation("defender.breakGlass.reason"));
    reason.setId("break-glass-reason");
    reason.setMaxLength(500);
    reason.setWidthFull();
    AtomicReference<Defender> opened = new AtomicReference<>();
    FormDialog dialog = new FormDialog(getTranslation("defender.breakGlass"), getTranslation("defender.breakGlass.confirm"),
        "break-glass-confirm", () -> opened.set(defenders.breakGlass(reference, reason.getValue())),
        getTranslation("defender.breakGlass.done"), () -> {
          BROKEN.set(opened.get());
          try {
            show(reference);
          } finally {
            BROKEN.remove();
          }
        });
    dialog.with(warning, reason);
    dialog.errors().bind("reason", reason);
    dialog.open();
  }

  /** A focal point adds who the defender is to a minimal-data record, or changes it; blank clears a field. */
  private void identityDialog(Defender d) {
    TextField name = field("defender-change-name", "defender.name", d.identityShown() ? d.identity().name() : null, 200);
    TextField location = field("defender-change-location", "defender.location",
        d.identityShown() ? d.identity().location() : null, 500);
    TextField contact = field("defender-change-contact", "defender.contact",
        d.identityShown() ? d.identity().contact() : null, 500);
    TextArea risk = new TextArea(getTranslation("defender.risk"));
    risk.setId("defender-change-risk");
    risk.setMaxLength(4000);
    risk.setValue(d.riskSummary() == null ? "" : d.riskSummary());
    risk.setWidthFull();
    FormDialog dialog = new FormDialog(getTranslation("defender.changeIdentity"), getTranslation("defender.changeIdentity.save"),
        "save-identity", () -> defenders.changeIdentity(d.reference(),
            new IdentityChange(name.getValue(), location.getValue(), contact.getValue(), risk.getValue())),
        getTranslation("defender.changeIdentity.done"), () -> show(d.reference()));
    dialog.with(new Paragraph(getTranslation("defender.changeIdentity.intro")), name, location, contact, risk);
    dialog.errors().bind("name", name).bind("location", location).bind("contact", contact).bind("riskSummary", risk);
    dialog.open();
  }

  private TextField field(String id, String labelKey, String value, int max) {
    TextField field = new TextField(getTranslation(labelKey));
    field.setId(id);
    field.setMaxLength(max);
    field.setValue(value == null ? "" : value);
    field.setWidthFull();
    return field;
  }

  private void eraseDialog(String reference) {
    FormDialog dialog = new FormDialog(getTranslation("defender.erase"), getTranslation("defender.erase.confirm"),
        "erase-confirm", () -> defenders.erase(reference), getTranslation("defender.erase.done"), () -> show(reference));
    dialog.with(new Paragraph(getTranslation("defender.erase.intro")));
    dialog.open();
  }

  private String orNotRecorded(String value) {
    return value == null ? getTranslation("defender.notRecorded") : value;
  }
}
