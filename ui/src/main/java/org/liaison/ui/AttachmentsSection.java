package org.liaison.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.records.Attachment;
import org.liaison.records.RecordAttachments;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;

/**
 * The documents of a record, for every kind of record: the list (each a download through the user's
 * session, read from the coalition's own rows when clicked, never a public address), an upload checked
 * by the service (size limit of the coalition, kind of document by its content; a refusal is said here
 * and nothing is stored), and delete for the uploader or a coordinator.
 */
public class AttachmentsSection extends Div {

  private final RecordAttachments attachments;
  private final String kind;
  private final String key;
  private final String id;
  private final UnorderedList list = new UnorderedList();
  private final Paragraph refused = new Paragraph();

  /** @param id the section's id; the list is {@code <id>-list}, the upload {@code <id>-upload}, a refusal {@code <id>-refused} */
  public AttachmentsSection(RecordAttachments attachments, String kind, String key, String id) {
    this.attachments = attachments;
    this.kind = kind;
    this.key = key;
    this.id = id;
    setId(id);
    addClassName("liaison-attachments");
    add(new H3(getTranslation("attachments.title")));
    list.setId(id + "-list");
    refused.setId(id + "-refused");
    refused.addClassName("liaison-error");
    refused.setVisible(false);
    MemoryBuffer buffer = new MemoryBuffer();
    Upload upload = new Upload(buffer);
    upload.setId(id + "-upload");
    long limit = attachments.limitBytes();
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
    upload.setDropLabel(new Span(getTranslation("attachments.drop", limit / RecordAttachments.MEGABYTE)));
    upload.addSucceededListener(e -> {
      try {
        attachments.add(kind, key, e.getFileName(), buffer.getInputStream().readAllBytes());
        refused.setVisible(false);
        Notices.success(getTranslation("attachments.added"));
      } catch (InvalidInputException refusal) {
        refuse(String.join(" ", refusal.fieldErrors().values()));
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
      upload.clearFileList();
      refresh();
    });
    upload.addFileRejectedListener(e -> refuse(getTranslation("attachments.tooLarge", limit / RecordAttachments.MEGABYTE)));
    add(list, refused, upload);
    refresh();
  }

  private void refuse(String message) {
    refused.setText(message);
    refused.setVisible(true);
    Notices.problem(message);
  }

  private void refresh() {
    list.removeAll();
    Actor me = TenantContext.current();
    for (Attachment a : attachments.list(kind, key)) {
      StreamResource resource = new StreamResource(a.filename(),
          () -> new ByteArrayInputStream(attachments.open(a.id()).bytes()));
      resource.setContentType(a.contentType());
      resource.setCacheTime(0);
      Anchor download = new Anchor(resource, a.filename());
      download.getElement().setAttribute("download", true);
      Span about = new Span(" · " + size(a.size()) + " · " + a.uploadedBy() + " · " + Labels.when(a.uploadedAt()));
      about.addClassName("liaison-muted");
      ListItem item = new ListItem(VaadinIcon.FILE_TEXT_O.create(), download, about);
      item.getElement().setAttribute("data-attachment", a.filename());
      if (me.username().equals(a.uploadedBy()) || me.has(Role.COORDINATOR)) {
        Button delete = new Button(getTranslation("attachments.delete"), e -> {
          try {
            attachments.delete(a.id());
            Notices.success(getTranslation("attachments.deleted", a.filename()));
          } catch (NotAllowedException notAllowed) {
            Notices.problem(notAllowed.getMessage());
          }
          refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.getElement().setAttribute("data-action", "delete-attachment");
        item.add(delete);
      }
      list.add(item);
    }
    if (list.getChildren().findAny().isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("attachments.none"));
      none.addClassName("liaison-muted");
      list.add(none);
    }
  }

  private static String size(long bytes) {
    return bytes < 1024 ? bytes + " B" : bytes < RecordAttachments.MEGABYTE ? (bytes / 1024) + " KB"
        : String.format("%.1f MB", bytes / (double) RecordAttachments.MEGABYTE);
  }
}
