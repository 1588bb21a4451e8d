package org.liaison.defenders;

import java.nio.charset.StandardCharsets;

/**
 * A defender record exported by a focal point: a JSON file with its reference, pseudonym, identity,
 * risk summary, audit trail and lifecycle journal. Its {@code toString} hides the content, so the
 * identity cannot slip into a log line.
 *
 * @param filename the file's name: the reference only ({@code HRD-2026-0001.json})
 */
public record DefenderExport(String filename, byte[] content) {

  public static final String CONTENT_TYPE = "application/json";

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "DefenderExport[" + filename + ", " + content.length + " bytes, hidden]";
  }
}
