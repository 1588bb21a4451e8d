package org.liaison.records;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents attached to records of every kind the features declare ({@link AttachmentTarget}), kept in
 * PostgreSQL with row-level security like every other record. A document is accepted by its content
 * (never its name), up to the coalition's size limit; its name is kept only as a harmless label. It is
 * read only through {@link #open} in the coalition that owns it, so there is no address to guess.
 * Deleting one (by its uploader or a coordinator) is recorded in the record's history.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordAttachments {

  /** Bytes in a megabyte, as the size limit counts them. */
  public static final long MEGABYTE = 1024L * 1024L;

  private final JdbcClient jdbc;
  private final ObjectProvider<AttachmentTarget> declared;
  private final RecordHistory history;
  private final Clock clock;

  /** The documents of a record, oldest first; a record the coalition does not have is not found. */
  @Transactional(readOnly = true)
  public List<Attachment> list(String kind, String key) {
    target(kind).ownerOf().apply(key);
    return jdbc.sql(SELECT + " where tenant_id = :t and record_kind = :kind and record_key = :key order by uploaded_at, id")
        .param("t", tenant()).param("kind", kind).param("key", key).query(RecordAttachments::map).list();
  }

  /**
   * Attaches a document to a record of the current coalition. Refused with a message on {@code file},
   * nothing stored: an empty file, one larger than the coalition's limit, or one whose content is no
   * accepted kind of document (whatever its name says). The name is reduced to a plain file name.
   */
  @Transactional
  public Attachment add(String kind, String key, String filename, byte[] bytes) {
    target(kind).ownerOf().apply(key);
    Actor actor = TenantContext.current();
    if (bytes == null || bytes.length == 0) {
      throw InvalidInputException.of("file", "The file is empty; choose the document again.");
    }
    long limit = limitBytes(actor.tenantId());
    if (bytes.length > limit) {
      throw InvalidInputException.of("file", String.format("The file is %.1f MB; this coalition accepts documents of"
          + " up to %d MB. Nothing was stored.", bytes.length / (double) MEGABYTE, limit / MEGABYTE));
    }
    String type = DocumentTypes.accepted(bytes).orElseThrow(() -> InvalidInputException.of("file",
        "This file's content is " + DocumentTypes.detected(bytes) + ", whatever its name says; only "
            + DocumentTypes.ACCEPTED.values().stream().sorted().collect(Collectors.joining(", "))
            + " are accepted. Nothing was stored."));
    UUID id = UUID.randomUUID();
    String name = harmlessName(filename);
    jdbc.sql("""
            insert into app.attachment (id, tenant_id, record_kind, record_key, filename, content_type, size_bytes,
                                        sha256, uploaded_by, uploaded_at)
            values (:id, :t, :kind, :key, :name, :type, :size, :sha, :by, :at)""")
        .param("id", id).param("t", actor.tenantId()).param("kind", kind).param("key", key).param("name", name)
        .param("type", type).param("size", bytes.length).param("sha", sha256(bytes)).param("by", actor.username())
        .param("at", Timestamp.from(clock.instant())).update();
    jdbc.sql("insert into app.attachment_content (attachment_id, tenant_id, content) values (:id, :t, :content)")
        .param("id", id).param("t", actor.tenantId()).param("content", bytes).update();
    history.record(kind, key, Changes.of().field("attachment", null, name));
    return get(id);
  }

  /** A document with its bytes; an id the current coalition does not have is not found. */
  @Transactional(readOnly = true)
  public AttachmentContent open(UUID id) {
    Attachment attachment = get(id);
    byte[] bytes = jdbc.sql("select content from app.attachment_content where tenant_id = :t and attachment_id = :id")
        .param("t", tenant()).param("id", id).query(byte[].class).single();
    return new AttachmentContent(attachment, bytes);
  }

  /**
   * Deletes a document; only the person who attached it or a coordinator may. The deletion is a line in
   * the record's history.
   */
  @Transactional
  public void delete(UUID id) {
    Actor actor = TenantContext.current();
    Attachment attachment = get(id);
    if (!actor.username().equals(attachment.uploadedBy()) && !actor.has(Role.COORDINATOR)) {
      throw new NotAllowedException("Only " + attachment.uploadedBy() + ", who attached it, or a coordinator can"
          + " delete " + attachment.filename());
    }
    jdbc.sql("delete from app.attachment where tenant_id = :t and id = :id").param("t", actor.tenantId())
        .param("id", id).update();
    history.record(attachment.kind(), attachment.recordKey(), Changes.of().field("attachment", attachment.filename(), null));
  }

  /** The largest document the current coalition accepts, in bytes. */
  @Transactional(readOnly = true)
  public long limitBytes() {
    return limitBytes(tenant());
  }

  private long limitBytes(String tenantId) {
    return jdbc.sql("select attachment_max_mb from app.coalition_settings where tenant_id = :t").param("t", tenantId)
        .query(Integer.class).optional().orElse(20) * MEGABYTE;
  }

  private Attachment get(UUID id) {
    return jdbc.sql(SELECT + " where tenant_id = :t and id = :id").param("t", tenant()).param("id", id)
        .query(RecordAttachments::map).optional().orElseThrow(() -> new NotFoundException("Document " + id));
  }

  private AttachmentTarget target(String kind) {
    Map<String, AttachmentTarget> targets = declared.orderedStream()
        .collect(Collectors.toMap(AttachmentTarget::kind, Function.identity()));
    AttachmentTarget target = targets.get(kind);
    if (target == null) {
      throw new IllegalArgumentException("No feature declares documents on " + kind);
    }
    return target;
  }

  /**
   * The last segment of whatever path the browser sent ({@code ../../etc/passwd} → {@code passwd},
   * {@code C:\x\y.pdf} → {@code y.pdf}), without control or bidi characters, at most 200 characters.
   * It is only ever shown as text and sent as a quoted download name.
   */
  static String harmlessName(String filename) {
    String name = filename == null ? "" : filename;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints().filter(c -> c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && !(c >= 0x202A && c <= 0x202E)
        && !(c >= 0x2066 && c <= 0x2069) && c != '"').forEach(clean::appendCodePoint);
    name = clean.toString().strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isBlank()) {
      name = "document";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String tenant() {
    return TenantContext.current().tenantId();
  }

  private static final String SELECT = """
      select id, record_kind, record_key, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at
        from app.attachment""";

  private static Attachment map(ResultSet rs, int n) throws SQLException {
    return new Attachment(rs.getObject("id", UUID.class), rs.getString("record_kind"), rs.getString("record_key"),
        rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
        rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
  }
}
