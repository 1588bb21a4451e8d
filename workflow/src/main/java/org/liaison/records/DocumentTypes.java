package org.liaison.records;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * What a document is, judged by its content (magic numbers, via Apache Tika), never by its name: a
 * script named {@code report.pdf} is a script. Only kinds of document that carry evidence and that a
 * browser will not run are accepted: PDF, PNG, JPEG, GIF, plain text and CSV, Word, Excel and
 * PowerPoint (OOXML) and OpenDocument. Office files are ZIP containers; their own manifest says which.
 */
final class DocumentTypes {

  /** Accepted content types, with how a person calls them. */
  static final Map<String, String> ACCEPTED = Map.ofEntries(
      Map.entry("application/pdf", "PDF"),
      Map.entry("image/png", "PNG image"),
      Map.entry("image/jpeg", "JPEG image"),
      Map.entry("image/gif", "GIF image"),
      Map.entry("text/plain", "text"),
      Map.entry("text/csv", "CSV"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook"),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint deck"),
      Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
      Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"));

  private static final Tika TIKA = new Tika();

  /** The content type of the bytes, or empty when they are no accepted kind of document. */
  static Optional<String> accepted(byte[] bytes) {
    String detected = TIKA.detect(bytes);
    if (detected.equals("application/zip") || detected.startsWith("application/x-tika-")
        || detected.startsWith("application/vnd.openxmlformats") || detected.startsWith("application/vnd.oasis")) {
      detected = office(bytes).orElse(detected);
    }
    return ACCEPTED.containsKey(detected) ? Optional.of(detected) : Optional.empty();
  }

  /** What Tika found, for the message when a document is refused. */
  static String detected(byte[] bytes) {
    return TIKA.detect(bytes);
  }

  /** An OOXML or OpenDocument file by the manifest inside the ZIP container. */
  private static Optional<String> office(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
        String name = entry.getName();
        if (name.equals("mimetype")) {
          String type = new String(zip.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII).strip();
          return Optional.of(type);
        }
        if (name.startsWith("word/")) {
          return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (name.startsWith("xl/")) {
          return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (name.startsWith("ppt/")) {
          return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private DocumentTypes() {}
}
