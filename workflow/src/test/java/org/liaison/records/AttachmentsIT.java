package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Documents on records: a round trip keeps every byte; oversize and disguised files are refused with
 * the reason and nothing is stored; another coalition gets not-found for the document; a name with
 * path separators or markup is only a label; deleting is for the uploader or a coordinator, and is
 * recorded in the record's history.
 */
class AttachmentsIT extends DatabaseIT {

  static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
      .getBytes(StandardCharsets.US_ASCII);

  @Autowired RecordAttachments attachments;
  @Autowired org.liaison.settings.SettingsService settings;
  @Autowired CaseService cases;

  Actor member;
  String reference;

  @BeforeEach
  void aCase() {
    member = coalitions.memberA();
    reference = as(member, () -> cases.raise(new NewCase("Journalists detained", "Held without charge", "KE",
        Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH))).reference();
  }

  @Test
  void a_document_comes_back_byte_for_byte_and_is_listed_with_who_attached_it() throws Exception {
    byte[] png = new byte[4096];
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(header, 0, png, 0, header.length);
    for (int i = header.length; i < png.length; i++) {
      png[i] = (byte) (i * 31);
    }
    Attachment pdf = as(member, () -> attachments.add(CaseService.KIND, reference, "statement.pdf", PDF));
    Attachment image = as(member, () -> attachments.add(CaseService.KIND, reference, "photo.png", png));

    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(pdf.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
    assertThat(as(member, () -> attachments.open(image.id())).bytes()).isEqualTo(png);
    assertThat(as(coalitions.coordinatorA(), () -> attachments.open(pdf.id())).bytes()).isEqualTo(PDF);
    assertThat(as(member, () -> attachments.list(CaseService.KIND, reference)))
        .extracting(Attachment::filename, Attachment::uploadedBy, Attachment::size)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("statement.pdf", "memberA", (long) PDF.length),
            org.assertj.core.groups.Tuple.tuple("photo.png", "memberA", 4096L));
  }

  @Test
  void office_documents_are_recognised_by_their_content() throws Exception {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(docx)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }
    Attachment word = as(member, () -> attachments.add(CaseService.KIND, reference, "letter.bin", docx.toByteArray()));
    assertThat(word.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void an_oversize_or_disguised_file_is_refused_with_the_reason_and_nothing_is_stored() {
    byte[] huge = new byte[(int) (20 * RecordAttachments.MEGABYTE) + 1];
    System.arraycopy(PDF, 0, huge, 0, PDF.length);
    assertThatThrownBy(() -> as(member, () -> attachments.add(CaseService.KIND, reference, "huge.pdf", huge)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("file"))
            .contains("accepts documents of up to 20 MB").contains("Nothing was stored"));
    byte[] script = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> as(member, () -> attachments.add(CaseService.KIND, reference, "report.pdf", script)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("file"))
            .contains("text/html").contains("whatever its name says").contains("Nothing was stored"));
    byte[] program = new byte[512];
    program[0] = 'M';
    program[1] = 'Z';
    assertThatThrownBy(() -> as(member, () -> attachments.add(CaseService.KIND, reference, "invoice.pdf", program)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("file"));
    assertThatThrownBy(() -> as(member, () -> attachments.add(CaseService.KIND, reference, "empty.pdf", new byte[0])))
        .isInstanceOf(InvalidInputException.class);

    assertThat(as(member, () -> attachments.list(CaseService.KIND, reference))).isEmpty();
    assertThat(as(member, () -> cases.history(reference))).isEmpty();
  }

  @Test
  void the_size_limit_comes_from_the_coalitions_settings() {
    as(coalitions.coordinatorA(), () -> settings.changeAttachmentLimit(1));
    byte[] oneAndAHalf = new byte[(int) (1.5 * RecordAttachments.MEGABYTE)];
    System.arraycopy(PDF, 0, oneAndAHalf, 0, PDF.length);
    assertThatThrownBy(() -> as(member, () -> attachments.add(CaseService.KIND, reference, "scan.pdf", oneAndAHalf)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("file"))
            .contains("1.5 MB").contains("up to 1 MB"));
    assertThatThrownBy(() -> as(member, () -> settings.changeAttachmentLimit(50))).isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(coalitions.coordinatorA(), () -> settings.changeAttachmentLimit(101)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(as(member, () -> attachments.limitBytes())).isEqualTo(RecordAttachments.MEGABYTE);
    assertThat(as(coalitions.coordinatorB(), () -> attachments.limitBytes())).as("another coalition keeps its own")
        .isEqualTo(20 * RecordAttachments.MEGABYTE);
  }

  @Test
  void another_coalition_gets_not_found_for_the_document_and_the_record() {
    Attachment pdf = as(member, () -> attachments.add(CaseService.KIND, reference, "statement.pdf", PDF));
    Actor other = coalitions.coordinatorB();

    assertThatThrownBy(() -> as(other, () -> attachments.open(pdf.id()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(other, () -> attachments.delete(pdf.id()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(other, () -> attachments.list(CaseService.KIND, reference))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(other, () -> attachments.add(CaseService.KIND, reference, "x.pdf", PDF)))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(member, () -> attachments.open(pdf.id())).bytes()).isEqualTo(PDF);
  }

  @Test
  void a_name_with_path_separators_or_markup_is_only_a_label() {
    Attachment a = as(member, () -> attachments.add(CaseService.KIND, reference,
        "..\\..\\windows\\..\\../etc/<img src=x onerror=alert(1)>\u202Etxt.pdf", PDF));
    assertThat(a.filename()).doesNotContain("/").doesNotContain("\\").doesNotContain("\u202E").doesNotStartWith(".");
    assertThat(RecordAttachments.harmlessName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(RecordAttachments.harmlessName("C:\\Users\\x\\..\\evidence.pdf")).isEqualTo("evidence.pdf");
    assertThat(RecordAttachments.harmlessName("..")).isEqualTo("document");
    assertThat(RecordAttachments.harmlessName("a\"b\u0000c.pdf")).isEqualTo("abc.pdf");
  }

  @Test
  void the_uploader_or_a_coordinator_deletes_a_document_and_the_history_says_so() {
    Attachment mine = as(member, () -> attachments.add(CaseService.KIND, reference, "statement.pdf", PDF));
    Attachment second = as(member, () -> attachments.add(CaseService.KIND, reference, "second.pdf", PDF));
    assertThatThrownBy(() -> as(coalitions.bothInA(), () -> attachments.delete(mine.id())))
        .isInstanceOf(NotAllowedException.class);

    as(member, () -> attachments.delete(mine.id()));
    as(coalitions.coordinatorA(), () -> attachments.delete(second.id()));

    assertThat(as(member, () -> attachments.list(CaseService.KIND, reference))).isEmpty();
    assertThatThrownBy(() -> as(member, () -> attachments.open(mine.id()))).isInstanceOf(NotFoundException.class);
    assertThat(as(member, () -> cases.history(reference)))
        .extracting(HistoryEntry::by, HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("memberA", "attachment", null, "statement.pdf"),
            org.assertj.core.groups.Tuple.tuple("memberA", "attachment", null, "second.pdf"),
            org.assertj.core.groups.Tuple.tuple("memberA", "attachment", "statement.pdf", null),
            org.assertj.core.groups.Tuple.tuple("coordA", "attachment", "second.pdf", null));
  }

}
